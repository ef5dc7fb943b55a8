/**
 * The outcome page's state: the outcome room, the outcome as it reads now,
 * and one method per thing a facilitator does. Browser only (construct it in
 * onMount or an $effect). Readers get the same class; the server drops what
 * they send, and the page offers them no controls.
 */
import { RoomConnection, type ConnectionStatus } from '../collab/room-connection.svelte.ts';
import type { Dimension } from '../domain/gassmann.ts';
import type { AtosFactor, KeptNote, Outcome } from '../domain/outcome.ts';
import type { Cost, Segment, Stream } from '../domain/revenue-model.ts';
import type { SrsCriterion } from '../domain/use-cases.ts';
import { outcomeRoom } from '../realtime/rooms.ts';
import * as outcome from './document.ts';

export class OutcomeEditor {
	#outcome = $state.raw<Outcome>();
	#synced = $state(false);
	readonly connection: RoomConnection;
	#destroyed = false;

	constructor(
		workshopId: string,
		initial: Outcome,
		readonly editable: boolean
	) {
		this.#outcome = initial;
		this.connection = new RoomConnection(outcomeRoom(workshopId));
		const read = () => {
			if (this.#destroyed) return;
			// Until the room or the local copy has something, keep what the server rendered.
			if (!outcome.isEmptyOutcome(this.doc) || this.connection.provider.synced) this.#outcome = outcome.projectOutcome(this.doc);
		};
		this.doc.on('update', read);
		this.connection.provider.on('sync', (synced: boolean) => {
			if (synced) this.#synced = true;
			read();
		});
		void this.connection.whenLoaded().then(read);
	}

	get doc() {
		return this.connection.doc;
	}

	get outcome(): Outcome {
		return this.#outcome!;
	}

	get status(): ConnectionStatus {
		return this.connection.status;
	}

	/** The room has synced once: the texts may be edited (before, a field would start from nothing). */
	get ready(): boolean {
		return this.#synced;
	}

	/** Edits made while not live that the server has not confirmed yet. */
	get pending(): boolean {
		return this.connection.pendingLocalEdits;
	}

	get savedLocally(): boolean {
		return this.connection.savedLocally;
	}

	textOf(field: outcome.TextField) {
		return outcome.textOf(this.doc, field);
	}

	keepNote(dimension: Dimension, note: KeptNote) {
		outcome.keepNote(this.doc, dimension, note);
	}
	dropNote(dimension: Dimension, canvas: string, note: string) {
		outcome.dropNote(this.doc, dimension, canvas, note);
	}
	pickPattern(id: number) {
		outcome.pickPattern(this.doc, id);
	}
	unpickPattern(id: number) {
		outcome.unpickPattern(this.doc, id);
	}
	linkUseCase(id: string) {
		outcome.linkUseCase(this.doc, id);
	}
	unlinkUseCase(id: string) {
		outcome.unlinkUseCase(this.doc, id);
	}
	setAtosHolds(factor: AtosFactor, holds: boolean | null) {
		outcome.setAtosHolds(this.doc, factor, holds);
	}
	setScore(criterion: SrsCriterion, value: number | null) {
		outcome.setScore(this.doc, criterion, value);
	}
	takeScoresFromRound(round: string, scores: Record<SrsCriterion, number | null>) {
		outcome.takeScoresFromRound(this.doc, round, scores);
	}
	addListItem(list: outcome.ListName, text: string) {
		outcome.addListItem(this.doc, list, text);
	}
	editListItem(list: outcome.ListName, index: number, text: string) {
		outcome.editListItem(this.doc, list, index, text);
	}
	removeListItem(list: outcome.ListName, index: number) {
		outcome.removeListItem(this.doc, list, index);
	}
	putRevenueRow(kind: outcome.RevenueKind, row: Segment | Stream | Cost) {
		outcome.putRevenueRow(this.doc, kind, row as never);
	}
	removeRevenueRow(kind: outcome.RevenueKind, id: string) {
		outcome.removeRevenueRow(this.doc, kind, id);
	}
	setRevenueYears(years: number) {
		outcome.setRevenueYears(this.doc, years);
	}

	destroy() {
		this.#destroyed = true;
		this.connection.destroy();
	}
}
