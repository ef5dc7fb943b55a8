import type { SupabaseClient } from '@supabase/supabase-js';
import type { Stakeholder } from '$lib/domain/stakeholders';

export interface Profile {
	id: string;
	display_name: string;
	stakeholder: Stakeholder;
}

export async function getProfile(db: SupabaseClient, userId: string): Promise<Profile | null> {
	const { data } = await db.from('profiles').select('id, display_name, stakeholder').eq('id', userId).maybeSingle();
	return (data as Profile | null) ?? null;
}

/** Creates or updates the caller's own profile; RLS refuses anyone else's. */
export async function saveProfile(db: SupabaseClient, profile: Profile): Promise<void> {
	const { error } = await db.from('profiles').upsert(profile, { onConflict: 'id' });
	if (error) throw new Error(error.message);
}
