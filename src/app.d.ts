import type { SupabaseClient } from '@supabase/supabase-js';
import type { SessionUser } from '$lib/server/identity/types';

declare global {
	namespace App {
		interface Locals {
			/** The verified signed-in person, or null. Never read from the client. */
			user: SessionUser | null;
			/** supabase-js carrying this person's token (or the anon key), so RLS decides. */
			supabase: SupabaseClient;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
