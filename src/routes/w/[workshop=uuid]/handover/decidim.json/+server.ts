import { decidimFileName, decidimJson } from '$lib/domain/decidim';
import { chosenProposals, download } from '../ideas.server';
import type { RequestHandler } from './$types';

/** The chosen ideas as Decidim's proposals import, JSON. Facilitators of the workshop only. */
export const POST: RequestHandler = async ({ locals, params, url, request }) => {
	const { workshop, proposals, locale } = await chosenProposals(locals, params.workshop, url, request);
	return download(decidimJson(proposals, locale), 'application/json', decidimFileName(workshop.title, 'json'));
};
