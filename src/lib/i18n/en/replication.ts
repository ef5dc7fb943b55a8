/** UI text for replicating a use case: the start form and the spread of a use case; part of the English catalogue (../en.ts). */
export const replication = {
	start: {
		title: 'Start a workshop from this',
		lead: 'A new workshop for your city, with a Business Model Canvas that already holds this use case’s Who, What, How and Why as notes, and a draft outcome that remembers where it came from.',
		name: 'Workshop title',
		city: 'For the city',
		otherCity: 'Another city',
		typedCity: 'City',
		typedCityHint: 'The city the workshop is for.',
		submit: 'Start the workshop',
		signIn: 'Sign in to start a workshop from this',
		needsAccount: 'Sign in with your email to start a workshop from this; a participant’s name is not enough.',
		purpose: (useCase: string, city: string) => `Replicate “${useCase}” in ${city}.`,
		canvasTitle: 'Business Model Canvas',
		back: 'Back to the use case',
		validation: {
			titleRequired: 'Give the workshop a title.',
			titleTooLong: 'A title has at most 160 characters.',
			cityRequired: 'Say which city the workshop is for.',
			cityTooLong: 'A city name has at most 120 characters.'
		},
		failed: 'The workshop could not be started. Nothing was kept; please try again.',
		notFound: 'This use case is not in the library.'
	},
	spread: {
		title: 'Replications',
		lead: 'Where this use case went from its first city: recorded replications, with the year, and follower cities the use case names.',
		none: 'No city has replicated this use case yet.',
		chartTitle: (city: string) => `How the use case spread from ${city}`,
		source: 'first city',
		replicated: (year: string) => `replicated ${year}`,
		follower: 'follower, no record',
		listTitle: 'Replications and followers',
		replicatedBy: (organisation: string, city: string, date: string) => `${organisation}, ${city}, ${date}`,
		followerItem: (city: string) => `${city}: follower city, no replication recorded`,
		unknownOrganisation: 'An organisation'
	}
};
