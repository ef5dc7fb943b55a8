import { cityOfOrganization, suggestedTitle } from '$lib/domain/replication';

export interface CityOption {
	id: string;
	name: string;
}

/**
 * The start form's state: which city the workshop is for (one of the reader's
 * city organisations, or typed) and its title, which follows the city as
 * "<use case title> in <city>" until the person writes their own.
 */
export class StartFormState {
	#organization = $state('');
	#city = $state('');
	#title = $state('');
	#titleEdited = $state(false);
	readonly #useCaseTitle: string;
	readonly #cities: readonly CityOption[];

	constructor(useCaseTitle: string, cities: readonly CityOption[], sent?: { title: string; organization: string | null; city: string } | null) {
		this.#useCaseTitle = useCaseTitle;
		this.#cities = cities;
		// The first of their cities is the likeliest; what they sent (a form answered with an error) wins.
		this.#organization = sent ? (sent.organization ?? '') : (cities[0]?.id ?? '');
		this.#city = sent?.city ?? '';
		if (sent) {
			this.#title = sent.title;
			this.#titleEdited = sent.title !== this.suggested;
		}
	}

	get organization() {
		return this.#organization;
	}
	/** The person types the city: they have no city organisation, or chose "Another city". */
	get typesCity() {
		return this.#organization === '';
	}
	get city() {
		return this.#city;
	}
	get cityName() {
		const chosen = this.#cities.find((c) => c.id === this.#organization);
		return chosen ? cityOfOrganization(chosen.name) : this.#city.trim();
	}
	private get suggested() {
		return suggestedTitle(this.#useCaseTitle, this.cityName);
	}
	get title() {
		return this.#titleEdited ? this.#title : this.suggested;
	}

	chooseOrganization(id: string) {
		this.#organization = this.#cities.some((c) => c.id === id) ? id : '';
	}
	typeCity(name: string) {
		this.#city = name;
	}
	editTitle(title: string) {
		this.#title = title;
		this.#titleEdited = title !== this.suggested;
	}
}
