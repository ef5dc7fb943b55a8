/**
 * What the workshop pages send to the server to run a session or cast a
 * ballot: one schema per request, checked at the boundary (the endpoints) and
 * typed for the client (actions.ts). The database still decides who may.
 */
import { z } from 'zod';
import { MAX_BUDGET, MAX_CANDIDATES, MAX_CRITERIA, ROUND_KINDS, SCORE_MAX, SCORE_MIN } from '../domain/rounds.ts';

const id = z.uuid();
const noteId = z.string().min(1).max(64);
const title = z.string().trim().min(1).max(80);

const roundPlan = z.object({
	kind: z.enum(ROUND_KINDS),
	title: z.string().trim().max(120).optional(),
	block: z.string().max(64).optional(),
	budget: z.number().int().min(1).max(MAX_BUDGET).optional(),
	cap: z.number().int().min(1).max(MAX_BUDGET).nullable().optional(),
	criteria: z.array(z.string().trim().min(1).max(80)).max(MAX_CRITERIA).optional(),
	show_authors: z.boolean().optional()
});

export const sessionRequest = z.discriminatedUnion('action', [
	z.object({ action: z.literal('phase'), phase: id.nullable() }),
	z.object({ action: z.literal('timer'), timer: z.enum(['start', 'pause', 'resume', 'add-minute', 'reset']), durationMs: z.number().int().min(1000).max(86_400_000).nullable().optional() }),
	z.object({ action: z.literal('summon'), canvas: id.nullable(), note: noteId.nullable().optional() }),
	z.object({ action: z.literal('presenter'), presenting: z.boolean() }),
	z.object({ action: z.literal('lock'), canvas: id, locked: z.boolean() }),
	z.object({ action: z.literal('remove-member'), user: id }),
	z.object({ action: z.literal('add-phase'), title }),
	z.object({ action: z.literal('change-phase'), phase: id, title: title.optional(), canvas: id.nullable().optional(), plan: roundPlan.nullable().optional() }),
	z.object({ action: z.literal('remove-phase'), phase: id }),
	z.object({ action: z.literal('order-phases'), phases: z.array(id).min(1).max(50) }),
	z.object({
		action: z.literal('open-round'),
		kind: z.enum(ROUND_KINDS),
		title: z.string().trim().max(120),
		canvas: id.nullable(),
		block: z.string().max(64).nullable(),
		budget: z.number().int().min(1).max(MAX_BUDGET).nullable(),
		cap: z.number().int().min(1).max(MAX_BUDGET).nullable(),
		criteria: z.array(z.string().trim().min(1).max(80)).max(MAX_CRITERIA),
		showAuthors: z.boolean(),
		candidates: z.array(z.object({ noteId: noteId.nullable(), label: z.string().trim().min(1).max(500) })).max(MAX_CANDIDATES).nullable()
	}),
	z.object({ action: z.literal('close-round'), round: id }),
	z.object({ action: z.literal('reveal-round'), round: id })
]);
export type SessionRequest = z.infer<typeof sessionRequest>;

export const ballotRequest = z.discriminatedUnion('action', [
	z.object({ action: z.literal('vote'), candidate: id }),
	z.object({ action: z.literal('withdraw'), candidate: id }),
	z.object({ action: z.literal('score'), candidate: id, criterion: z.number().int().min(0).max(MAX_CRITERIA - 1), score: z.number().int().min(SCORE_MIN).max(SCORE_MAX) }),
	z.object({ action: z.literal('rank'), order: z.array(id).min(1).max(MAX_CANDIDATES) })
]);
export type BallotRequest = z.infer<typeof ballotRequest>;

export const draftRequest = z.discriminatedUnion('action', [
	z.object({ action: z.literal('write'), text: z.string().trim().min(1).max(2000) }),
	z.object({ action: z.literal('change'), draft: id, text: z.string().trim().min(1).max(2000) }),
	z.object({ action: z.literal('remove'), draft: id })
]);
export type DraftRequest = z.infer<typeof draftRequest>;
