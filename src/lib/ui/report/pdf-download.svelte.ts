/**
 * The report's PDF download: the server takes a few seconds to render it, so
 * the button says it is working, then hands the file over, or says why not
 * (the server's own message, e.g. that Chromium is missing).
 */
export type PdfStatus = 'idle' | 'making' | 'done' | 'failed';

export class PdfDownload {
	#status = $state<PdfStatus>('idle');
	#message = $state('');

	get status() {
		return this.#status;
	}

	get message() {
		return this.#message;
	}

	get busy() {
		return this.#status === 'making';
	}

	/** Fetches the PDF and saves it as `fileName`; `failed` is the fallback message. */
	async download(url: string, fileName: string, failed: string) {
		if (this.busy) return;
		this.#status = 'making';
		this.#message = '';
		try {
			const response = await fetch(url, { headers: { accept: 'application/pdf, application/json' } });
			if (!response.ok) {
				this.#message = await messageOf(response, failed);
				this.#status = 'failed';
				return;
			}
			const link = document.createElement('a');
			link.href = URL.createObjectURL(await response.blob());
			link.download = fileName;
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(link.href), 0);
			this.#status = 'done';
		} catch {
			this.#message = failed;
			this.#status = 'failed';
		}
	}
}

/** SvelteKit answers an error with JSON `{ message }` to a fetch that accepts JSON, else its error page. */
async function messageOf(response: Response, fallback: string): Promise<string> {
	try {
		const body = (await response.json()) as { message?: unknown };
		return typeof body.message === 'string' && body.message ? body.message : fallback;
	} catch {
		return fallback;
	}
}
