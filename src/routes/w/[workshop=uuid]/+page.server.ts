import { fail } from '@sveltejs/kit';
import {
	addCanvas,
	listCanvases,
	removeCanvas,
	setMemberRole,
	setWorkshopLanguage,
	setWorkshopStatus,
	updateCanvas
} from '$lib/data/workshops';
import { isWorkshopRole } from '$lib/domain/access';
import { TEMPLATE_IDS } from '$lib/domain/templates';
import { canvasInputSchema, languageSchema, reorder } from '$lib/domain/workshops';
import { m } from '$lib/i18n';
import { forgetWorkshopLanguage } from '$lib/server/locale';
import { requireMembership } from '$lib/server/membership';
import { qrPath } from '$lib/server/qr';
import type { Actions, PageServerLoad } from './$types';

/** The `uuid` matcher has already turned a malformed id into a 404. */
export const load = (async ({ params, locals, url }) => {
	const { workshop, canvases, members, me } = await requireMembership(locals, params.workshop, url);
	const joinUrl = `${url.origin}/join/${workshop.join_code}`;
	return { workshop, canvases, members, me, joinUrl, qr: qrPath(joinUrl), templates: TEMPLATE_IDS };
}) satisfies PageServerLoad;

/** Every action is a facilitator's; RLS refuses anyone else, this only turns that into a message. */
async function attempt(run: () => Promise<unknown>) {
	try {
		await run();
		return { ok: true };
	} catch (err) {
		const text = err instanceof Error ? err.message : String(err);
		return fail(text.includes('at least one facilitator') ? 409 : 403, { error: text.includes('at least one facilitator') ? m.workshops.page.lastFacilitator : m.workshops.page.actionFailed });
	}
}

export const actions = {
	setLanguage: async ({ request, locals, params }) => {
		const parsed = languageSchema.safeParse((await request.formData()).get('language'));
		if (!parsed.success) return fail(400, { error: m.workshops.validation.languageUnknown });
		const result = await attempt(() => setWorkshopLanguage(locals.supabase, params.workshop, parsed.data));
		forgetWorkshopLanguage(params.workshop);
		return result;
	},
	setStatus: async ({ request, locals, params }) => {
		const form = await request.formData();
		const status = form.get('status') === 'closed' ? 'closed' : 'open';
		return attempt(() => setWorkshopStatus(locals.supabase, params.workshop, status));
	},
	addCanvas: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = canvasInputSchema.safeParse({ template: form.get('template'), title: form.get('title') ?? '' });
		if (!parsed.success) return fail(400, { error: m.workshops.validation[parsed.error.issues[0].message as 'titleRequired'] ?? m.workshops.page.actionFailed });
		const existing = await listCanvases(locals.supabase, params.workshop);
		return attempt(() => addCanvas(locals.supabase, params.workshop, parsed.data.template, parsed.data.title, existing.length));
	},
	/** Its error goes beside the field it is about (`renameId`), not atop the page. */
	renameCanvas: async ({ request, locals }) => {
		const form = await request.formData();
		const renameId = String(form.get('id') ?? '');
		const parsed = canvasInputSchema.shape.title.safeParse(form.get('title') ?? '');
		if (!parsed.success) {
			const key = parsed.error.issues[0].message as keyof typeof m.workshops.validation;
			const renameError = m.workshops.validation[key] ?? m.workshops.validation.titleRequired;
			return fail(400, { error: renameError, renameId, renameError });
		}
		const result = await attempt(() => updateCanvas(locals.supabase, renameId, { title: parsed.data }));
		return 'status' in result ? fail(result.status, { ...result.data, renameId, renameError: result.data.error }) : result;
	},
	lockCanvas: async ({ request, locals }) => {
		const form = await request.formData();
		return attempt(() => updateCanvas(locals.supabase, String(form.get('id')), { locked: form.get('locked') === 'true' }));
	},
	moveCanvas: async ({ request, locals, params }) => {
		const form = await request.formData();
		const direction = form.get('direction') === 'up' ? 'up' : 'down';
		const canvases = await listCanvases(locals.supabase, params.workshop);
		const order = reorder(canvases.map((c) => c.id), String(form.get('id')), direction);
		return attempt(() =>
			Promise.all(
				order.map((id, position) =>
					canvases.find((c) => c.id === id)?.position === position ? null : updateCanvas(locals.supabase, id, { position })
				)
			)
		);
	},
	removeCanvas: async ({ request, locals }) => {
		const form = await request.formData();
		return attempt(() => removeCanvas(locals.supabase, String(form.get('id'))));
	},
	setRole: async ({ request, locals, params }) => {
		const form = await request.formData();
		const role = form.get('role');
		if (!isWorkshopRole(role)) return fail(400, { error: m.workshops.page.actionFailed });
		return attempt(() => setMemberRole(locals.supabase, params.workshop, String(form.get('userId')), role));
	}
} satisfies Actions;

