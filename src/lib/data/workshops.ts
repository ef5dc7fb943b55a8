import type { SupabaseClient } from '@supabase/supabase-js';
import type { TemplateId } from '$lib/domain/templates';
import type { Stakeholder } from '$lib/domain/stakeholders';
import type { WorkshopRole } from '$lib/domain/access';
import type { NewWorkshop } from '$lib/domain/workshops';
import { defaultAgendaRenames } from '$lib/domain/default-agenda';
import { loadCatalogue } from '$lib/i18n/current';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { DataError } from './errors';

/** Every query here runs as the caller (their supabase-js client), so RLS decides. */

export interface Workshop {
	id: string;
	title: string;
	host: string;
	purpose: string;
	held_on: string | null;
	join_code: string;
	status: 'draft' | 'open' | 'closed';
	capacity: number;
	language: Locale;
}

export interface CanvasRow {
	id: string;
	workshop_id: string;
	template: TemplateId;
	title: string;
	locked: boolean;
	position: number;
}

export interface Member {
	user_id: string;
	role: WorkshopRole;
	stakeholder: Stakeholder;
	display_name: string;
	joined_at: string;
}

export interface MyWorkshop extends Workshop {
	role: WorkshopRole;
}

/** A failure the person can act on; `code` picks the message from the catalogue. */
export class WorkshopError extends Error {
	constructor(
		readonly code: 'unknownCode' | 'closed' | 'full' | 'tooManyAttempts' | 'failed',
		message: string
	) {
		super(message);
	}
}

const WORKSHOP_COLUMNS = 'id, title, host, purpose, held_on, join_code, status, capacity, language';

export async function createWorkshop(db: SupabaseClient, input: NewWorkshop): Promise<string> {
	const { data, error } = await db.rpc('create_workshop', {
		title: input.title,
		host: input.host,
		purpose: input.purpose,
		held_on: input.heldOn,
		canvases: input.canvases
	});
	if (error) throw new WorkshopError('failed', error.message);
	// The creator is its facilitator now, so RLS lets them set what create_workshop leaves at English.
	if (input.language !== 'en') await setWorkshopLanguage(db, data as string, input.language);
	return data as string;
}

/** Joins by code as the caller; maps the database's answers to what the person should read. */
export async function joinWorkshop(db: SupabaseClient, code: string, displayName: string, stakeholder: Stakeholder): Promise<string> {
	const { data, error } = await db.rpc('join_workshop', { code, display_name: displayName, stakeholder });
	if (error) {
		const code = { '55000': 'closed', '53300': 'full', '54000': 'tooManyAttempts' }[error.code ?? ''] as WorkshopError['code'] | undefined;
		throw new WorkshopError(code ?? 'failed', error.message);
	}
	if (!data) throw new WorkshopError('unknownCode', 'no workshop has this code');
	return data as string;
}

export async function myWorkshops(db: SupabaseClient, userId: string): Promise<MyWorkshop[]> {
	const { data, error } = await db
		.from('workshop_members')
		.select(`role, workshop:workshops(${WORKSHOP_COLUMNS}, created_at)`)
		.eq('user_id', userId);
	if (error) throw new DataError(error.message);
	const rows = (data ?? []) as unknown as { role: WorkshopRole; workshop: (Workshop & { created_at: string }) | null }[];
	return rows
		.filter((r) => r.workshop)
		.map((r) => ({ ...r.workshop!, role: r.role }))
		.sort((a, b) => (b.held_on ?? '').localeCompare(a.held_on ?? '') || a.title.localeCompare(b.title));
}

export async function getWorkshop(db: SupabaseClient, id: string): Promise<Workshop | null> {
	const { data, error } = await db.from('workshops').select(WORKSHOP_COLUMNS).eq('id', id).maybeSingle();
	if (error) throw new DataError(error.message);
	return data as Workshop | null;
}

export async function listCanvases(db: SupabaseClient, workshopId: string): Promise<CanvasRow[]> {
	const { data, error } = await db
		.from('canvases')
		.select('id, workshop_id, template, title, locked, position')
		.eq('workshop_id', workshopId)
		.order('position')
		.order('created_at');
	if (error) throw new DataError(error.message);
	return (data ?? []) as CanvasRow[];
}

export async function listMembers(db: SupabaseClient, workshopId: string): Promise<Member[]> {
	const { data, error } = await db
		.from('workshop_members')
		.select('user_id, role, stakeholder, display_name, joined_at')
		.eq('workshop_id', workshopId)
		.order('joined_at');
	if (error) throw new DataError(error.message);
	return (data ?? []) as Member[];
}

/** Throws unless exactly the expected rows changed: RLS turns a refused write into zero rows. */
function expectChanged(result: { data: unknown[] | null; error: { message: string } | null }) {
	if (result.error) throw new Error(result.error.message);
	if (!result.data?.length) throw new Error('not allowed');
}

export async function addCanvas(db: SupabaseClient, workshopId: string, template: TemplateId, title: string, position: number) {
	expectChanged(await db.from('canvases').insert({ workshop_id: workshopId, template, title, position }).select('id'));
}

export async function updateCanvas(db: SupabaseClient, id: string, changes: Partial<Pick<CanvasRow, 'title' | 'locked' | 'position'>>) {
	expectChanged(await db.from('canvases').update(changes).eq('id', id).select('id'));
}

/** Closing stops new joins and locks every canvas; reopening undoes both. Facilitators only (RLS). */
export async function setWorkshopStatus(db: SupabaseClient, id: string, status: 'open' | 'closed') {
	expectChanged(await db.from('workshops').update({ status }).eq('id', id).select('id'));
}

/** Sets the language; the default agenda's untouched phases follow it (every write RLS-checked as the facilitator). */
export async function setWorkshopLanguage(db: SupabaseClient, id: string, language: Locale) {
	const before = await db.from('workshops').select('language').eq('id', id).maybeSingle();
	if (before.error) throw new DataError(before.error.message);
	expectChanged(await db.from('workshops').update({ language }).eq('id', id).select('id'));
	const from = isLocale(before.data?.language) ? before.data.language : 'en';
	const [old, next, phases] = await Promise.all([
		loadCatalogue(from),
		loadCatalogue(language),
		db.from('agenda_phases').select('id, position, title').eq('workshop_id', id)
	]);
	if (phases.error) throw new DataError(phases.error.message);
	for (const phase of defaultAgendaRenames(phases.data ?? [], old.console.agenda.defaults, next.console.agenda.defaults))
		expectChanged(await db.from('agenda_phases').update({ title: phase.title }).eq('id', phase.id).select('id'));
}

export async function removeCanvas(db: SupabaseClient, id: string) {
	expectChanged(await db.from('canvases').delete().eq('id', id).select('id'));
}

export async function setMemberRole(db: SupabaseClient, workshopId: string, userId: string, role: WorkshopRole) {
	expectChanged(await db.from('workshop_members').update({ role }).eq('workshop_id', workshopId).eq('user_id', userId).select('user_id'));
}

/** A workshop as a member sees it: the workshop, its canvases, its members and their own membership. */
export interface WorkshopAsMember {
	workshop: Workshop;
	canvases: CanvasRow[];
	members: Member[];
	me: Member;
}

/**
 * What the workshop and canvas pages load, in parallel, as the caller. Null when RLS shows
 * no workshop or no membership of this person (the pages answer 404, as for no workshop at
 * all); a failed query throws DataError.
 */
export async function getWorkshopAsMember(db: SupabaseClient, workshopId: string, userId: string): Promise<WorkshopAsMember | null> {
	const [workshop, canvases, members] = await Promise.all([getWorkshop(db, workshopId), listCanvases(db, workshopId), listMembers(db, workshopId)]);
	const me = members.find((member) => member.user_id === userId);
	return workshop && me ? { workshop, canvases, members, me } : null;
}
