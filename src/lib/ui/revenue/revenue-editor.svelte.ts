import { m } from '$lib/i18n';
import type { Cost, RevenueModel, Segment, Stream } from '$lib/domain/revenue-model';
import { applyEdit, newId, segmentInUse, type Kind, type Row } from './revenue-edit';

export type Put = (kind: Kind, row: Segment | Stream | Cost) => void;
export type Remove = (kind: Kind, id: string) => void;

/**
 * The editor's own state: the message beside each field whose input was
 * refused (the input keeps what was typed; nothing is sent), and which new
 * row's first field should take the focus once the model shows it.
 */
export class RevenueEditor {
	#errors = $state<Record<string, string>>({});
	#focus = $state<string | null>(null);

	constructor(
		private readonly current: () => RevenueModel,
		private readonly put: Put,
		private readonly remove_: Remove,
		/** Read at each edit: the page can switch language while the editor lives. */
		private readonly locale: () => string
	) {}

	static key = (kind: Kind, id: string, field: string) => `${kind}:${id}:${field}`;

	error(kind: Kind, id: string, field: string): string | undefined {
		return this.#errors[RevenueEditor.key(kind, id, field)];
	}

	get focus() {
		return this.#focus;
	}

	focused() {
		this.#focus = null;
	}

	#setError(key: string, message: string | undefined) {
		const { [key]: _old, ...rest } = this.#errors;
		this.#errors = message ? { ...rest, [key]: message } : rest;
	}

	/** A field was changed: send the row if the value reads and the row holds, else say why beside the field. */
	edit(kind: Kind, row: Row, field: string, text: string) {
		const result = applyEdit(this.current(), kind, row, field, text, this.locale());
		const key = RevenueEditor.key(kind, row.id, field);
		if (!result.ok) {
			this.#setError(key, m.revenue.errors[result.error] ?? m.revenue.errors.invalid);
			return;
		}
		this.#setError(key, undefined);
		this.put(kind, result.row);
	}

	addSegment() {
		const id = newId();
		this.put('segments', { id, name: m.revenue.segments.newName(this.current().segments.length + 1), parent: null });
		this.#focus = id;
	}

	addStream() {
		const model = this.current();
		const segment = model.segments[0];
		if (!segment) return;
		const id = newId();
		this.put('streams', {
			id,
			segment: segment.id,
			name: m.revenue.streams.newName(model.streams.length + 1),
			customers: 1,
			quantity: 1,
			unitPriceCents: 0,
			recurrence: 'annual',
			shareBasisPoints: 10_000,
			fromYear: 1
		});
		this.#focus = id;
	}

	addCost() {
		const model = this.current();
		const id = newId();
		this.put('costs', { id, name: m.revenue.costs.newName(model.costs.length + 1), kind: 'opex', amountCents: 0, fromYear: 1, toYear: model.years });
		this.#focus = id;
	}

	/** Removes a row; a segment only once no stream or sub-segment names it. */
	remove(kind: Kind, id: string) {
		const key = RevenueEditor.key(kind, id, 'remove');
		if (kind === 'segments' && segmentInUse(this.current(), id)) {
			this.#setError(key, m.revenue.errors.inUse);
			return;
		}
		this.#setError(key, undefined);
		for (const k of Object.keys(this.#errors)) if (k.startsWith(`${kind}:${id}:`)) this.#setError(k, undefined);
		this.remove_(kind, id);
	}
}
