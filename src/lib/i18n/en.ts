/**
 * Every piece of UI text, English first. A city adds its language by adding a
 * catalogue of the same shape (see index.ts); components never hold text.
 */
import { ballot } from './en/ballot';
import { canvas } from './en/canvas';
import { compare } from './en/compare';
import { consoleText } from './en/console';
import { organizations } from './en/organizations';
import { publishing } from './en/publishing';
import { report } from './en/report';
import { outcome } from './en/outcome';
import { libraryFacets } from './en/library-facets';
import { replication } from './en/replication';
import { handover } from './en/handover';
import { results } from './en/results';
import { revenue } from './en/revenue';
import { screen } from './en/screen';
import { session } from './en/session';
import { sessionBar } from './en/session-bar';
import { templates } from './en/templates';
import { patterns } from './en/patterns';
import { workshops } from './en/workshops';

export const en = {
	ballot,
	canvas,
	compare,
	console: consoleText,
	organizations,
	publishing,
	report,
	outcome,
	libraryFacets,
	replication,
	handover,
	results,
	revenue,
	screen,
	session,
	sessionBar,
	templates,
	patterns,
	workshops,
	app: {
		name: 'Civic Canvas',
		tagline: 'Co-create digital city services with citizens, companies and developers.',
		skip: 'Skip to content',
		nav: { library: 'Library', signIn: 'Sign in', signOut: 'Sign out', main: 'Main' },
		signedInAs: (name: string) => `Signed in as ${name}`,
		language: 'Language',
		footer: 'Civic Canvas — open tools for co-creating smart city business models.'
	},
	home: {
		title: 'Design city services together, live',
		lead: 'Civic Canvas runs co-creation workshops where cities, companies, developers and citizens design business models for digital city services on shared canvases, vote on what matters, and tag each idea as Who, What, How or Why.',
		libraryTitle: 'Replication library',
		libraryText: 'Browse use cases that other cities have built, with their business model, success factors and what it takes to replicate them.',
		libraryCta: 'Browse the library',
		workshopsTitle: 'Live workshops',
		workshopsText: 'Shared canvases everyone edits live, with dot votes, scores and rankings, run by a facilitator from a tablet. Join with the code on the screen, or run your own.',
		workshopsCta: 'My workshops',
		frameworksTitle: 'Built on proven frameworks',
		frameworks: [
			'Gassmann’s Who / What / How / Why and the 55 patterns of the Business Model Navigator',
			'The nine-block Business Model Canvas',
			'Opportunity, Value, Advantage — and Scalability, Replicability, Sustainability',
			'The multi-sided market: public interest, engagement, viability, market opportunity'
		]
	},
	library: {
		title: 'Replication library',
		lead: 'Use cases from cities across Europe, ready to learn from and replicate.',
		searchLabel: 'Search use cases',
		searchPlaceholder: 'e.g. parking, sensors, refurbishment',
		searchButton: 'Search',
		filters: 'Filters',
		filtersActive: (n: number) => `Filters, ${n} active`,
		domain: 'Domain',
		city: 'City',
		maturity: 'Maturity',
		pattern: 'Business model pattern',
		any: 'Any',
		apply: 'Apply filters',
		clear: 'Clear all',
		results: (n: number) => (n === 1 ? '1 use case' : `${new Intl.NumberFormat('en').format(n)} use cases`),
		resultsFor: (q: string) => `for “${q}”`,
		empty: 'No use case matches this search.',
		emptyHint: 'Try fewer words, or clear a filter.',
		previous: 'Previous page',
		next: 'Next page',
		page: (n: number, of: number) => `Page ${n} of ${of}`,
		ignored: 'Some filters in this link were not understood and were left out.',
		unavailable: 'The library could not be loaded just now. Please try again in a moment.'
	},
	useCase: {
		back: 'Back to the library',
		dimensions: 'Business model',
		triangleTitle: 'Gassmann’s magic triangle',
		triangleDescription: 'Who is the value target at the centre; What, How and Why sit at the corners.',
		patterns: 'Business model patterns',
		noPatterns: 'No pattern cited yet.',
		internalFactors: 'Internal success factors',
		externalFactors: 'External success factors',
		funding: 'Funding mechanisms',
		stakeholders: 'Stakeholders',
		followers: 'Follower cities',
		scores: 'Scalability, replicability, sustainability',
		scoreOf: (n: number) => `${n} of 5`,
		notScored: 'not scored',
		lessons: 'Lessons learned',
		replication: 'What a city needs to replicate it',
		published: (date: string) => `Published ${date}`,
		/** `name` is the language's name from Intl.DisplayNames, in the page's language. */
		writtenIn: (name: string) => `Written in ${name}`,
		retired: 'This use case has been retired by its organisation.',
		draft: 'Draft — visible to its organisation only.',
		notFound: 'No use case at this address.',
		notFoundHint: 'It may have been renamed or never published.'
	},
	signIn: {
		title: 'Sign in',
		joinTitle: 'Join as a participant',
		joinText: 'No account needed: tell the group your name and who you are.',
		displayName: 'Your name',
		join: 'Continue',
		emailTitle: 'Facilitators and publishers',
		emailText: 'We email you a one-time sign-in link.',
		email: 'Email address',
		sendLink: 'Send me a link',
		linkSent: (email: string) => `A sign-in link is on its way to ${email}. It works once, for one hour.`,
		outbox: 'Local mode: open the outbox to see the link',
		signedIn: (name: string) => `You are signed in as ${name}.`,
		linkInvalid: 'This sign-in link is not valid any more. Ask for a new one.',
		failed: 'Sign-in did not work just now. Please try again.',
		changeName: 'Change your name',
		displayNameHint: 'Everyone in your workshops sees it. Up to 60 characters.',
		mailSubject: 'Your Civic Canvas sign-in link'
	},
	profile: {
		title: 'Your name',
		welcomeTitle: 'Choose your name',
		lead: 'The name and stakeholder type people see in your workshops: in the people list, beside your cursor and on your notes. Your email stays private.',
		displayName: 'Your name',
		displayNameHint: 'Up to 60 characters. Everyone in your workshops sees it.',
		save: 'Save and continue',
		saveOnly: 'Save',
		saved: 'Saved. Your workshops now show this name.',
		failed: 'Your name could not be saved just now. Please try again.'
	},
	outbox: {
		title: 'Local outbox',
		lead: 'Local mode sends no email: sign-in links appear here instead.',
		empty: 'No message yet.',
		to: 'To',
		used: 'used',
		expired: 'expired',
		open: 'Open link'
	},
	errors: {
		notFound: 'Page not found',
		notFoundHint: 'The page you asked for is not here.',
		generic: 'Something went wrong',
		unavailable: 'This could not be loaded just now. Please try again in a moment.',
		toLibrary: 'Go to the library',
		toHome: 'Go home'
	},
	validation: {
		displayNameRequired: 'Enter a name of 1 to 60 characters.',
		stakeholderRequired: 'Choose how you take part.',
		emailInvalid: 'Enter a valid email address.'
	},
	stakeholderPicker: {
		legend: 'I take part as'
	},
	stakeholders: {
		city: 'City',
		company: 'Company',
		developer: 'Developer',
		citizen: 'Citizen',
		academia: 'Research',
		other: 'Other'
	},
	dimensions: {
		who: { name: 'Who', question: 'Who are the target customers?' },
		what: { name: 'What', question: 'What do we offer them?' },
		how: { name: 'How', question: 'How do we create and deliver it?' },
		why: { name: 'Why', question: 'Why does it pay: revenue and cost?' }
	},
	domains: {
		refurbishment: 'Refurbishment',
		mobility: 'Mobility',
		'smart-data-platform': 'Smart data platform',
		'digital-services': 'Digital services',
		energy: 'Energy',
		environment: 'Environment',
		'citizen-engagement': 'Citizen engagement'
	},
	maturities: {
		idea: 'Idea',
		pilot: 'Pilot',
		operating: 'Operating',
		replicated: 'Replicated'
	},
	srs: {
		scalability: 'Scalability',
		replicability: 'Replicability',
		sustainability: 'Sustainability'
	}
};

export type Messages = typeof en;
