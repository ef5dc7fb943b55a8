import * as session from '$lib/data/session';
import { isRoundKind } from '$lib/domain/rounds';
import { answer, invalid, readBody, signedOut } from '$lib/server/answers';
import { ballotRequest } from '$lib/session/requests';
import type { RequestHandler } from './$types';

/** The caller's own ballot in this round (after a reload or reconnect). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!locals.user) return signedOut();
	const kind = url.searchParams.get('kind');
	if (!isRoundKind(kind) || kind === 'writing') return invalid();
	return answer(() => session.myBallot(locals.supabase, params.round, kind));
};

/** One cast, through the database's functions as the caller; the answer carries the dots left (dot voting). */
export const POST: RequestHandler = async ({ request, locals, params }) => {
	if (!locals.user) return signedOut();
	const body = await readBody(request, ballotRequest);
	if (!body) return invalid();
	const db = locals.supabase;
	const round = params.round;
	return answer(async () => {
		switch (body.action) {
			case 'vote':
				return session.castVote(db, round, body.candidate);
			case 'withdraw':
				return session.withdrawVote(db, round, body.candidate);
			case 'score':
				return session.castScore(db, round, body.candidate, body.criterion, body.score);
			case 'rank':
				return session.castRanking(db, round, body.order);
		}
	});
};

