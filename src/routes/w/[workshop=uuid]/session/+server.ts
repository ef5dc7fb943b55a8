import * as session from '$lib/data/session';
import { updateCanvas } from '$lib/data/workshops';
import { answer, invalid, readBody, signedOut } from '$lib/server/answers';
import { sessionRequest } from '$lib/session/requests';
import type { RequestHandler } from './$types';

/** A facilitator runs the session: each request one database function or RLS-checked write, as the caller. */
export const POST: RequestHandler = async ({ request, locals, params }) => {
	if (!locals.user) return signedOut();
	const body = await readBody(request, sessionRequest);
	if (!body) return invalid();
	const db = locals.supabase;
	const workshop = params.workshop;
	return answer(async () => {
		switch (body.action) {
			case 'phase':
				return session.setPhase(db, workshop, body.phase);
			case 'timer':
				return session.controlTimer(db, workshop, body.timer, body.durationMs ?? null);
			case 'summon':
				return session.summon(db, workshop, body.canvas, body.note ?? null);
			case 'presenter':
				return session.setPresenter(db, workshop, body.presenting);
			case 'lock':
				return updateCanvas(db, body.canvas, { locked: body.locked }).catch(() => {
					throw new session.Refusal('not-facilitator', 403);
				});
			case 'remove-member':
				return session.removeMember(db, workshop, body.user);
			case 'add-phase':
				return session.addPhase(db, workshop, body.title, 1000);
			case 'change-phase':
				return session.changePhase(db, workshop, body.phase, {
					...(body.title !== undefined && { title: body.title }),
					...(body.canvas !== undefined && { canvas_id: body.canvas }),
					...(body.plan !== undefined && { round_plan: body.plan })
				});
			case 'remove-phase':
				return session.removePhase(db, workshop, body.phase);
			case 'order-phases':
				return session.orderPhases(db, workshop, body.phases);
			case 'open-round':
				return session.openRound(db, workshop, { ...body, canvas: body.canvas, candidates: body.candidates });
			case 'close-round':
				return session.closeRound(db, body.round);
			case 'reveal-round':
				return session.revealRound(db, body.round);
		}
	});
};
