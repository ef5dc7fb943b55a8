/** UI text for handing a workshop's ideas on to Decidim; part of the English catalogue (../en.ts). */
import { BODY_MIN, TITLE_MAX, TITLE_MIN } from '../../domain/decidim.ts';

export const handover = {
	pageTitle: (workshop: string) => `Hand on to Decidim · ${workshop}`,
	title: 'Hand on to Decidim',
	lead: 'Choose the ideas to hand to the city’s participation platform and download them as a Decidim proposals import. In Decidim’s admin, open the proposals component, then Import > Import proposals from a file, and choose this file.',
	/** `language` is the language's name from Intl.DisplayNames, in the page's language. */
	language: (language: string) => `Language of the proposals: ${language} (the workshop’s language).`,
	back: 'Back to the workshop',
	forbidden: 'Handing on is for the facilitators of this workshop.',
	empty: 'This workshop has no notes yet. Ideas written on its canvases appear here.',
	ideas: 'Ideas',
	chosen: (n: number, of: number) => `${n} of ${of} chosen`,
	choose: (text: string) => `Hand on: ${text}`,
	titleLabel: 'Title in Decidim',
	titleHint: `${TITLE_MIN} to ${TITLE_MAX} characters.`,
	count: (n: number) => `${n} / ${TITLE_MAX}`,
	kept: 'Kept in the outcome',
	top: (place: number) => `Place ${place} in a round`,
	body: 'Body: the note’s text, then where it came from.',
	selectAll: 'Choose all',
	selectNone: 'Choose none',
	downloadCsv: 'Download CSV',
	downloadJson: 'Download JSON',
	noneChosen: 'Choose at least one idea to hand on.',
	fix: 'Some titles need changing before the file can be made; see the messages beside them.',
	problems: {
		title: {
			tooShort: `A Decidim title needs at least ${TITLE_MIN} characters.`,
			tooLong: `A Decidim title has at most ${TITLE_MAX} characters.`
		}
	},
	refused: (n: number) => `The file was not made: ${n} ${n === 1 ? 'idea needs' : 'ideas need'} a longer or shorter title (Decidim takes ${TITLE_MIN} to ${TITLE_MAX} characters). Go back and change it.`,
	unknownIdea: 'An idea chosen is no longer on the workshop’s canvases. Reload the page and choose again.',
	/** The line under each proposal's text in Decidim: where it came from. */
	context: (workshop: string, canvas: string) => `From the Civic Canvas workshop “${workshop}”, canvas “${canvas}”.`
};
