import { suggestSlug } from '$lib/domain/publishing';

/**
 * The address field of a new use case: it follows the title (suggested from
 * it) until the publisher types an address of their own.
 */
export class SlugField {
	#value = $state('');
	#ownValue = $state(false);

	constructor(initial: string, own = false) {
		this.#value = initial;
		this.#ownValue = own;
	}

	get value() {
		return this.#value;
	}

	/** The title changed: suggest from it, unless an address was typed. */
	titleChanged(title: string) {
		if (!this.#ownValue) this.#value = suggestSlug(title);
	}

	/** The publisher typed an address: keep theirs (an emptied field follows the title again). */
	typed(value: string) {
		this.#value = value;
		this.#ownValue = value !== '';
	}
}
