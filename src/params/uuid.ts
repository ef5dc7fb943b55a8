import type { ParamMatcher } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';

/** A malformed workshop or canvas id is a 404 before any load runs. */
export const match: ParamMatcher = (param) => isUuid(param);
