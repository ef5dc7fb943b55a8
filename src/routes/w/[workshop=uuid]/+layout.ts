import { withCatalogue } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** A workshop's pages speak its language (or the one this person switched to there). */
export const load = (({ data }) => withCatalogue(data)) satisfies LayoutLoad;
