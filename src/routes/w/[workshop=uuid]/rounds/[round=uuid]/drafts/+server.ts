import * as session from '$lib/data/session';
import { answer, invalid, readBody, signedOut } from '$lib/server/answers';
import { draftRequest } from '$lib/session/requests';
import type { RequestHandler } from './$types';

/** The caller's own drafts in this private writing round. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.user) return signedOut();
	const userId = locals.user.id;
	return answer(() => session.myDrafts(locals.supabase, params.round, userId));
};

/** Write, change or remove one's own draft while the round is open (RLS decides). */
export const POST: RequestHandler = async ({ request, locals, params }) => {
	if (!locals.user) return signedOut();
	const body = await readBody(request, draftRequest);
	if (!body) return invalid();
	const db = locals.supabase;
	return answer(async () => {
		switch (body.action) {
			case 'write':
				return session.writeDraft(db, params.round, body.text);
			case 'change':
				return session.changeDraft(db, body.draft, body.text);
			case 'remove':
				return session.changeDraft(db, body.draft, null);
		}
	});
};
