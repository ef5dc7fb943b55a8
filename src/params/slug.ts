import type { ParamMatcher } from '@sveltejs/kit';
import { isSlug } from '$lib/domain/use-cases';

/** A malformed slug is a 404 before any load runs. */
export const match: ParamMatcher = (param) => isSlug(param);
