import { facilitatorReport } from '$lib/server/report';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => facilitatorReport(locals, params.workshop, url)) satisfies PageServerLoad;
