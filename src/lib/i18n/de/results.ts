/** German text for a round's results. */
import type { Messages } from '../en';
import { DIVISION_LIMIT, SCORE_DIVISION, SCORE_SUPPORT } from '../../domain/results.ts';
import { SCORE_MAX } from '../../domain/rounds.ts';

const number = new Intl.NumberFormat('de');
/** German of CONSENSUS_RULE and DIVISION_RULE (src/lib/domain/results.ts), from the same figures. */
const share = 'einen gleichen Anteil (was sie insgesamt vergab, geteilt durch die Zahl der Optionen)';
const groupsNote = 'Akteursgruppen ohne Stimmen bleiben außen vor.';
const divisionNote = `Höchstens ${DIVISION_LIMIT}, die größte Differenz zuerst; bei nur einer Gruppe gibt es keinen Dissens.`;
const points = (n: number) => `${number.format(n)} ${n === 1 ? 'Punkt' : 'Punkte'}`;

export const results: Messages['results'] = {
	label: (title: string) => `Auswertung von „${title}“`,
	voted: (n: number, of: number) => `${n} von ${of} ${n === 1 ? 'hat' : 'haben'} abgestimmt`,
	groupVoters: (group: string, n: number) => `${group}: ${n}`,
	votersByGroup: 'Abstimmende nach Akteursgruppe',
	noVotes: 'Noch keine Stimmen.',
	measure: { dots: 'Punkte', ranking: 'Borda-Punkte', scores: 'Mittlere Bewertung' },
	bars: {
		dots: 'Punkte je Option, nach Akteursgruppe',
		ranking: 'Borda-Punkte je Option, nach Akteursgruppe',
		scores: 'Mittlere Bewertung je Option, nach Akteursgruppe'
	},
	/** Why score bars add up: each colour is a part of the mean. */
	barsNote: {
		dots: 'Jede Farbe zeigt die Punkte, die eine Akteursgruppe vergeben hat.',
		ranking: 'Jede Farbe zeigt die Borda-Punkte, die eine Akteursgruppe vergeben hat (n − Platz bei einer Liste mit n).',
		scores: 'Der Mittelwert der mittleren Bewertungen aller Kriterien (1 bis 5). Jede Farbe ist der Anteil einer Akteursgruppe daran: ihre Bewertungen, gezählt über alle.'
	},
	overall: 'Alle',
	table: {
		caption: (chart: string) => `${chart}: die Zahlen`,
		place: 'Platz',
		candidate: 'Option',
		total: 'Summe'
	},
	consensus: {
		title: 'Konsens',
		rule: {
			dots: `Konsens: Jede Akteursgruppe, die abgestimmt hat, gab der Option mindestens ${share} ihrer Punkte. ${groupsNote}`,
			ranking: `Konsens: Jede Akteursgruppe, die abgestimmt hat, gab der Option mindestens ${share} ihrer Borda-Punkte, setzte sie also im Schnitt auf den mittleren Platz oder höher. ${groupsNote}`,
			scores: `Konsens: Jede Akteursgruppe, die abgestimmt hat, gab der Option über die Kriterien eine mittlere Bewertung von mindestens ${number.format(SCORE_SUPPORT)} von ${SCORE_MAX}. ${groupsNote}`
		},
		none: 'Keine Option hat die Unterstützung aller Akteursgruppen.'
	},
	division: {
		title: 'Dissens',
		rule: {
			dots: `Dissens: Optionen, deren Anteil an den Punkten einer Gruppe sich zwischen zwei Gruppen um mindestens einen gleichen Anteil unterscheidet. ${divisionNote}`,
			ranking: `Dissens: Optionen, deren Anteil an den Borda-Punkten einer Gruppe sich zwischen zwei Gruppen um mindestens einen gleichen Anteil unterscheidet. ${divisionNote}`,
			scores: `Dissens: Optionen, deren mittlere Bewertung (über die Kriterien) sich zwischen zwei Gruppen um mindestens ${points(SCORE_DIVISION)} unterscheidet. ${divisionNote}`
		},
		none: 'Bei keiner Option gehen die Akteursgruppen so weit auseinander.',
		single: 'Nur eine Akteursgruppe hat abgestimmt, also gibt es keinen Dissens.',
		item: (candidate: string, highest: string, lowest: string) =>
			`${candidate}: größte Unterstützung von ${highest}, geringste von ${lowest}`
	},
	tops: {
		title: 'Die ersten drei jeder Akteursgruppe',
		none: 'Noch keine Rangfolge.',
		points
	},
	scores: {
		radar: (candidate: string) => `Bewertungen für „${candidate}“`,
		radarNote: 'Mittlere Bewertung je Kriterium; die Ringe markieren 1 bis 5, der äußere 5.',
		criterion: 'Kriterium',
		mean: 'Mittelwert',
		median: 'Median',
		sd: 'Streuung (Standardabweichung)',
		groupMean: (group: string) => `${group}: Mittelwert`,
		noScore: '–',
		disagreements: 'Wo die Akteursgruppen am stärksten abweichen',
		disagreement: (candidate: string, criterion: string, highest: string, high: string, lowest: string, low: string) =>
			`${candidate}, ${criterion}: ${highest} ${high}, ${lowest} ${low}`,
		noDisagreement: 'Die Akteursgruppen haben ähnlich bewertet.'
	},
	download: {
		title: 'Auswertung herunterladen',
		csv: 'CSV',
		json: 'JSON',
		csvLabel: 'Auswertung als CSV herunterladen',
		jsonLabel: 'Auswertung als JSON herunterladen',
		svg: 'SVG',
		png: 'PNG',
		svgLabel: (chart: string) => `„${chart}“ als SVG herunterladen`,
		pngLabel: (chart: string) => `„${chart}“ als PNG herunterladen`,
		failed: 'Dieser Browser konnte das Bild nicht erstellen.'
	}
};
