/**
 * Walks a catalogue into its leaf keys, for the tests that hold every language
 * to English's shape and English to what the code reads. Test support only.
 */
export type Leaf = { path: string; kind: 'string' | 'function' | 'array'; arity?: number; length?: number };

export function leaves(value: unknown, path = ''): Leaf[] {
	if (typeof value === 'string') return [{ path, kind: 'string' }];
	if (typeof value === 'function') return [{ path, kind: 'function', arity: value.length }];
	if (Array.isArray(value)) return [{ path, kind: 'array', length: value.length }];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
	return [{ path, kind: 'string' }];
}

/** The paths of a catalogue's inner objects, e.g. `canvas.toolbar`. */
export function branches(value: unknown, path = ''): string[] {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
	return [path, ...Object.entries(value).flatMap(([key, child]) => branches(child, path ? `${path}.${key}` : key))].filter(Boolean);
}
