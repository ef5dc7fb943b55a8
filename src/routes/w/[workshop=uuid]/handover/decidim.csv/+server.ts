import { decidimCsv, decidimFileName } from '$lib/domain/decidim';
import { chosenProposals, download } from '../ideas.server';
import type { RequestHandler } from './$types';

/** The chosen ideas as Decidim's proposals import, CSV. Facilitators of the workshop only. */
export const POST: RequestHandler = async ({ locals, params, url, request }) => {
	const { workshop, proposals, locale } = await chosenProposals(locals, params.workshop, url, request);
	return download(decidimCsv(proposals, locale), 'text/csv', decidimFileName(workshop.title, 'csv'));
};
