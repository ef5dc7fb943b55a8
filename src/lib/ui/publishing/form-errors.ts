import type { z } from 'zod';
import { m } from '$lib/i18n';

type Key = keyof typeof m.publishing.validation;

/** The form's errors by field, in words: the schema's messages are keys of the publishing catalogue. */
export function validationErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= m.publishing.validation[issue.message as Key] ?? m.publishing.validation.invalid;
	}
	errors.form ??= m.publishing.validation.invalid;
	return errors;
}
