/** Searching the 55 patterns in the picker: every word of the query in the name or description, name matches first. */
export interface SearchablePattern {
	id: number;
	name: string;
	description: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function searchPatterns<P extends SearchablePattern>(patterns: readonly P[], query: string): P[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [...patterns];
	const scored: { pattern: P; inName: number }[] = [];
	for (const pattern of patterns) {
		const name = fold(pattern.name);
		const text = `${name} ${fold(pattern.description)}`;
		if (!words.every((w) => text.includes(w))) continue;
		scored.push({ pattern, inName: words.filter((w) => name.includes(w)).length });
	}
	return scored.sort((a, b) => b.inName - a.inName).map((s) => s.pattern);
}
