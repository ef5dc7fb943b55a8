/**
 * Argument checks shared by the operations. Every operation runs these before
 * its transaction: Yjs has no rollback, so a throw half-way through a
 * transaction would keep (and broadcast) whatever was already written.
 */
import { isDimension, type Dimension } from '../domain/gassmann.ts';
import { isStakeholder, type Stakeholder } from '../domain/stakeholders.ts';
import { CanvasError, CLUSTER_NAME_MAX, isColor, NOTE_TEXT_MAX } from './schema.ts';

const ID_MAX = 128;

const invalid = (message: string): CanvasError => new CanvasError('invalid-input', message);

export function checkId(value: unknown, what: string): string {
	if (typeof value !== 'string' || value.length === 0 || value.length > ID_MAX)
		throw invalid(`${what} must be a non-empty string of at most ${ID_MAX} characters.`);
	return value;
}

export function checkFinite(value: unknown, what: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`${what} must be a finite number.`);
	return value;
}

export function checkText(value: unknown): string {
	if (typeof value !== 'string') throw invalid('Note text must be a string.');
	// Code points, not UTF-16 units, so an emoji counts as one character.
	let length = 0;
	for (const _ of value) if (++length > NOTE_TEXT_MAX) break;
	if (length > NOTE_TEXT_MAX) throw invalid(`Note text is limited to ${NOTE_TEXT_MAX} characters.`);
	return value;
}

export function checkColor(value: unknown): string {
	if (!isColor(value)) throw invalid('Color must look like #4e79a7.');
	return value.toLowerCase();
}

export function checkBlock(value: unknown): string | null {
	// Templates bring their own block ids, so any id is accepted, not only the nine BMC blocks.
	return value === null ? null : checkId(value, 'Block');
}

export function checkDimension(value: unknown): Dimension | null {
	if (value !== null && !isDimension(value)) throw invalid('Dimension must be who, what, how, why or none.');
	return value;
}

export function checkStakeholder(value: unknown): Stakeholder {
	if (!isStakeholder(value)) throw invalid(`Unknown stakeholder "${String(value)}".`);
	return value;
}

export function checkClusterName(value: unknown): string {
	const name = typeof value === 'string' ? value.trim() : '';
	if (name.length === 0 || name.length > CLUSTER_NAME_MAX)
		throw invalid(`A cluster name must have 1 to ${CLUSTER_NAME_MAX} characters.`);
	return name;
}

/**
 * crypto.randomUUID exists only in secure contexts; a workshop reached over
 * plain http on a LAN address is not one, but getRandomValues still works.
 */
export function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6] & 0x0f) | 0x40;
	bytes[8] = (bytes[8] & 0x3f) | 0x80;
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
