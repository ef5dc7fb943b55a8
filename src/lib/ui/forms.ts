import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For `use:enhance`: marks the form busy while it is sent and keeps what the
 * person typed when the server answers with an error (SvelteKit resets by default).
 */
export function keepValuesWhileBusy(setBusy: (busy: boolean) => void): SubmitFunction {
	return () => {
		setBusy(true);
		return async ({ update }) => {
			await update({ reset: false });
			setBusy(false);
		};
	};
}
