import { facilitatorIdeas } from './ideas.server';
import type { PageServerLoad } from './$types';

/** The hand-over page: the workshop's ideas for a facilitator to choose from, in the order they are offered. */
export const load = (async ({ params, locals, url }) => {
	const { workshop, ideas, locale } = await facilitatorIdeas(locals, params.workshop, url);
	// `proposalLanguage`, not `locale`: that name is the page's language in every layout's data.
	return { workshop: { id: workshop.id, title: workshop.title }, ideas, proposalLanguage: locale };
}) satisfies PageServerLoad;
