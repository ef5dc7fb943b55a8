import { withCatalogue } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const load = (({ data }) => withCatalogue(data)) satisfies LayoutLoad;
