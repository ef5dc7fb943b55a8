/** UI text for replicating a use case: the start form; part of the English catalogue (../en.ts). */
export const replication = {
	start: {
		title: 'Start a workshop from this',
		lead: 'A new workshop for your city, with a Business Model Canvas that already holds this use case’s Who, What, How and Why as notes, and a draft outcome that remembers where it came from.',
		open: 'Start a workshop from this',
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
	}
};
