import { titleFrom, titleProblem, type Idea } from '$lib/domain/decidim';

/**
 * The facilitator's choice on the hand-over page: which ideas are ticked and
 * the title each will have in Decidim. Problems are those of the ticked ideas
 * only (an idea not handed on needs no title), shown once a download was asked.
 */
export class HandoverChoice {
	#chosen = $state<Record<string, boolean>>({});
	#titles = $state<Record<string, string>>({});
	#tried = $state(false);

	constructor(readonly ideas: Idea[]) {
		this.#chosen = Object.fromEntries(ideas.map((i) => [i.key, i.chosen]));
		this.#titles = Object.fromEntries(ideas.map((i) => [i.key, titleFrom(i.text)]));
	}

	isChosen = (key: string) => this.#chosen[key] ?? false;
	title = (key: string) => this.#titles[key] ?? '';

	get count() {
		return this.ideas.filter((i) => this.#chosen[i.key]).length;
	}

	/** Problems by idea key, for the ticked ideas (bodies always carry their context, so titles are what fail). */
	get problems(): Map<string, 'tooShort' | 'tooLong'> {
		const found = new Map<string, 'tooShort' | 'tooLong'>();
		for (const idea of this.ideas) {
			const problem = this.#chosen[idea.key] ? titleProblem(this.title(idea.key)) : null;
			if (problem) found.set(idea.key, problem);
		}
		return found;
	}

	get tried() {
		return this.#tried;
	}

	toggle(key: string, chosen: boolean) {
		this.#chosen = { ...this.#chosen, [key]: chosen };
	}

	setTitle(key: string, title: string) {
		this.#titles = { ...this.#titles, [key]: title };
	}

	chooseAll(chosen: boolean) {
		this.#chosen = Object.fromEntries(this.ideas.map((i) => [i.key, chosen]));
	}

	/** A download was asked for: true when the file can be made, else the page shows why. */
	submit(): boolean {
		this.#tried = true;
		return this.count > 0 && this.problems.size === 0;
	}
}
