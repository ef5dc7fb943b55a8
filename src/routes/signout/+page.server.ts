import { redirect } from '@sveltejs/kit';
import { clearSessionCookies } from '$lib/server/identity';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => redirect(303, '/')) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies }) => {
		clearSessionCookies(cookies);
		redirect(303, '/');
	}
} satisfies Actions;
