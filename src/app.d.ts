import type { SupabaseClient } from '@supabase/supabase-js';
import type { SessionUser } from '$lib/server/identity/types';
import type { Locale } from '$lib/i18n/locales';

declare global {
	namespace App {
		interface Locals {
			/** The verified signed-in person, or null. Never read from the client. */
			user: SessionUser | null;
			/** supabase-js carrying this person's token (or the anon key), so RLS decides. */
			supabase: SupabaseClient;
			/** The page's language: the workshop's on its pages, else the person's. */
			locale: Locale;
			/** The person's language, away from any workshop. */
			personLocale: Locale;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
