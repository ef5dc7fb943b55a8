/**
 * Binds a textarea or input to a Y.Text: what the person types goes in as one
 * replaced range (text-edits.ts), so two people typing in the same field both
 * keep their words; a remote change rewrites the field and keeps the caret
 * where it was in the text. Browser only.
 */
import type * as Y from 'yjs';
import { diffText, shiftIndex, type DeltaStep } from './text-edits.ts';

type Field = HTMLTextAreaElement | HTMLInputElement;

export function bindText(field: Field, text: Y.Text): () => void {
	let value = text.toString();
	field.value = value;
	let composing = false;

	const push = () => {
		const change = diffText(value, field.value);
		value = field.value;
		if (!change) return;
		text.doc!.transact(() => {
			if (change.remove) text.delete(change.index, change.remove);
			if (change.insert) text.insert(change.index, change.insert);
		});
	};

	const pull = (event?: Y.YTextEvent) => {
		// During an IME composition the field is the browser's; catch up when it ends.
		if (composing) return;
		const next = text.toString();
		if (next === field.value) {
			value = next;
			return;
		}
		const focused = document.activeElement === field;
		const delta = (event?.delta ?? []) as DeltaStep[];
		const start = focused && event ? shiftIndex(field.selectionStart ?? 0, delta) : null;
		const end = focused && event ? shiftIndex(field.selectionEnd ?? 0, delta) : null;
		field.value = next;
		value = next;
		if (start !== null && end !== null) field.setSelectionRange(start, end);
	};

	const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
		if (!transaction.local) pull(event);
	};
	const oninput = () => {
		if (!composing) push();
	};
	const onstart = () => (composing = true);
	const onend = () => {
		composing = false;
		push();
		pull();
	};

	text.observe(observer);
	field.addEventListener('input', oninput);
	field.addEventListener('compositionstart', onstart);
	field.addEventListener('compositionend', onend);
	return () => {
		text.unobserve(observer);
		field.removeEventListener('input', oninput);
		field.removeEventListener('compositionstart', onstart);
		field.removeEventListener('compositionend', onend);
	};
}
