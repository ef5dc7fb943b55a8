import { z } from 'zod';
import { STAKEHOLDERS } from './stakeholders';

/** What a participant gives to join: a name the group sees and how they take part. */
export const anonymousSignInSchema = z.object({
	displayName: z
		.string()
		.transform((s) => s.replace(/\s+/g, ' ').trim())
		.pipe(z.string().min(1, 'displayNameRequired').max(60, 'displayNameRequired')),
	stakeholder: z.enum(STAKEHOLDERS, { error: 'stakeholderRequired' })
});

export const emailSignInSchema = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.pipe(z.email({ error: 'emailInvalid' }).max(254, 'emailInvalid'))
});

/** Only same-site paths may follow a sign-in, never another origin. */
export function safeNext(value: string | null | undefined, fallback = '/'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	return value;
}
