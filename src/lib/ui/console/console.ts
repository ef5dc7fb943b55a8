/**
 * The console's rules, pure: who is in the room and how they split by
 * stakeholder type, what a round form turns into as a request, a typed
 * timer length, the agenda's order after a move. The panels only draw.
 */
import { CRITERIA_SETS, DEFAULT_BUDGET, MAX_CRITERIA, type RoundKind } from '../../domain/rounds.ts';
import { STAKEHOLDERS, type Stakeholder } from '../../domain/stakeholders.ts';
import { TEMPLATES, type TemplateId } from '../../domain/templates.ts';
import type { RoundPlan } from '../../session/document.ts';
import type { SessionRequest } from '../../session/requests.ts';

export interface Person {
	userId: string;
	name: string;
	stakeholder: Stakeholder;
	role: 'facilitator' | 'participant' | 'observer';
	online: boolean;
}

/**
 * The members list the page loaded, with who is online; someone who joined
 * after the load and is online is added from presence (as a participant)
 * until the next load knows them.
 */
export function peopleOf(
	members: readonly { user_id: string; display_name: string; stakeholder: Stakeholder; role: Person['role'] }[],
	peers: readonly { userId: string; name: string; stakeholder: Stakeholder }[],
	online: ReadonlySet<string>
): Person[] {
	const people: Person[] = members.map((m) => ({
		userId: m.user_id,
		name: m.display_name,
		stakeholder: m.stakeholder,
		role: m.role,
		online: online.has(m.user_id)
	}));
	const known = new Set(people.map((p) => p.userId));
	for (const peer of peers) {
		if (known.has(peer.userId)) continue;
		known.add(peer.userId);
		people.push({ userId: peer.userId, name: peer.name, stakeholder: peer.stakeholder, role: 'participant', online: true });
	}
	return people;
}

export interface TypeCount {
	stakeholder: Stakeholder;
	online: number;
	all: number;
}

/** Counts per stakeholder type, in the catalogue's order; types nobody has are left out. */
export function countsByType(people: readonly Person[]): TypeCount[] {
	return STAKEHOLDERS.map((stakeholder) => {
		const of = people.filter((p) => p.stakeholder === stakeholder);
		return { stakeholder, online: of.filter((p) => p.online).length, all: of.length };
	}).filter((c) => c.all > 0);
}

/** Minutes as typed (a comma or a dot for decimals) to milliseconds; null unless 0.1 to 1440 minutes. */
export function minutesToMs(text: string): number | null {
	const value = Number(text.trim().replace(',', '.'));
	if (!text.trim() || !Number.isFinite(value) || value < 0.1 || value > 1440) return null;
	return Math.round(value * 60_000);
}

/** Typed criteria: one per line, trimmed, no blanks or repeats, at most MAX_CRITERIA of 80 characters. */
export function parseCriteria(text: string): string[] {
	const lines = text.split(/\r?\n/).map((l) => l.trim().slice(0, 80)).filter(Boolean);
	return [...new Set(lines)].slice(0, MAX_CRITERIA);
}

export type CriteriaChoice = keyof typeof CRITERIA_SETS | 'typed';

export const criteriaOf = (choice: CriteriaChoice, typed: string): string[] =>
	choice === 'typed' ? parseCriteria(typed) : [...CRITERIA_SETS[choice]];

/** Block ids of a canvas's template, in the template's order. */
export const blocksOf = (template: TemplateId): string[] => TEMPLATES[template].blocks.map((b) => b.id);

/** What the facilitator fills in to open a round (or to plan one for a phase). */
export interface RoundForm {
	kind: RoundKind;
	title: string;
	canvasId: string;
	block: string;
	budget: number;
	/** 0: no cap. */
	cap: number;
	criteria: CriteriaChoice;
	typedCriteria: string;
	showAuthors: boolean;
}

export const emptyRoundForm = (): RoundForm => ({
	kind: 'dots',
	title: '',
	canvasId: '',
	block: '',
	budget: DEFAULT_BUDGET,
	cap: 0,
	criteria: 'oulu',
	typedCriteria: '',
	showAuthors: true
});

export type FormProblem = 'needCanvasBlock' | 'needCriteria';

/**
 * The open-round request for a form, or what is missing. Writing and voting
 * both need a canvas and a block here: writing puts its notes there, and a
 * round of decision takes that block's notes as candidates (`candidates: null`).
 */
export function openRoundRequest(form: RoundForm): { request: SessionRequest } | { problem: FormProblem } {
	if (!form.canvasId || !form.block) return { problem: 'needCanvasBlock' };
	const criteria = form.kind === 'scores' ? criteriaOf(form.criteria, form.typedCriteria) : [];
	if (form.kind === 'scores' && criteria.length === 0) return { problem: 'needCriteria' };
	const dots = form.kind === 'dots';
	return {
		request: {
			action: 'open-round',
			kind: form.kind,
			title: form.title.trim().slice(0, 120),
			canvas: form.canvasId,
			block: form.block,
			budget: dots ? form.budget : null,
			cap: dots && form.cap > 0 ? form.cap : null,
			criteria,
			showAuthors: form.kind === 'writing' ? form.showAuthors : false,
			candidates: null
		}
	};
}

/** A phase's round plan from the same form (the phase's canvas is the round's canvas). */
export function roundPlanOf(form: RoundForm): RoundPlan | { problem: FormProblem } {
	if (!form.block) return { problem: 'needCanvasBlock' };
	const plan: RoundPlan = { kind: form.kind, block: form.block };
	if (form.title.trim()) plan.title = form.title.trim().slice(0, 120);
	if (form.kind === 'dots') {
		plan.budget = form.budget;
		plan.cap = form.cap > 0 ? form.cap : null;
	}
	if (form.kind === 'scores') {
		const criteria = criteriaOf(form.criteria, form.typedCriteria);
		if (criteria.length === 0) return { problem: 'needCriteria' };
		plan.criteria = criteria;
	}
	if (form.kind === 'writing') plan.show_authors = form.showAuthors;
	return plan;
}

/** The form a saved plan reads back as, so editing a phase starts from what it holds. */
export function formOfPlan(plan: RoundPlan, canvasId: string | null): RoundForm {
	const criteria = plan.criteria ?? [];
	const set = (Object.keys(CRITERIA_SETS) as (keyof typeof CRITERIA_SETS)[]).find(
		(k) => CRITERIA_SETS[k].length === criteria.length && CRITERIA_SETS[k].every((c, i) => c === criteria[i])
	);
	return {
		kind: plan.kind,
		title: plan.title ?? '',
		canvasId: canvasId ?? '',
		block: plan.block ?? '',
		budget: plan.budget ?? DEFAULT_BUDGET,
		cap: plan.cap ?? 0,
		criteria: set ?? (criteria.length ? 'typed' : 'oulu'),
		typedCriteria: set ? '' : criteria.join('\n'),
		showAuthors: plan.show_authors ?? true
	};
}

/** How many people wrote at least one draft, and how many drafts in all. */
export function draftTotals(drafts: Readonly<Record<string, number>> | undefined): { writers: number; drafts: number } {
	const counts = Object.values(drafts ?? {});
	return { writers: counts.filter((n) => n > 0).length, drafts: counts.reduce((a, b) => a + b, 0) };
}
