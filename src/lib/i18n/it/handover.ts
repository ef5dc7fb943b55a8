/** Italian text for handing a workshop's ideas on to Decidim; see ../en/handover.ts. */
import type { Messages } from '../en';
import { BODY_MIN, TITLE_MAX, TITLE_MIN } from '../../domain/decidim.ts';

export const handover: Messages['handover'] = {
	pageTitle: (workshop: string) => `Passaggio a Decidim · ${workshop}`,
	title: 'Passaggio a Decidim',
	lead: 'Scegli le idee da passare alla piattaforma di partecipazione della città e scaricale come file di importazione di proposte per Decidim. Nell’amministrazione di Decidim apri il componente delle proposte, poi Importa > Importa proposte da un file, e scegli questo file.',
	language: (locale: string) => `Lingua delle proposte: ${locale} (la lingua del workshop).`,
	back: 'Torna al workshop',
	forbidden: 'Il passaggio a Decidim è riservato ai facilitatori di questo workshop.',
	empty: 'Questo workshop non ha ancora note. Qui compaiono le idee scritte sui suoi canvas.',
	ideas: 'Idee',
	chosen: (n: number, of: number) => `${n} su ${of} ${n === 1 ? 'scelta' : 'scelte'}`,
	choose: (text: string) => `Passa a Decidim: ${text}`,
	titleLabel: 'Titolo in Decidim',
	titleHint: `Da ${TITLE_MIN} a ${TITLE_MAX} caratteri.`,
	count: (n: number) => `${n} / ${TITLE_MAX}`,
	kept: 'Tenuta nell’esito',
	top: (place: number) => `${place}° posto in un turno`,
	body: 'Testo: il testo della nota, poi la sua provenienza.',
	selectAll: 'Scegli tutte',
	selectNone: 'Deseleziona tutte',
	downloadCsv: 'Scarica CSV',
	downloadJson: 'Scarica JSON',
	noneChosen: 'Scegli almeno un’idea da passare.',
	fix: 'Alcuni titoli vanno cambiati prima di poter creare il file: vedi i messaggi accanto.',
	problems: {
		title: {
			tooShort: `Un titolo in Decidim richiede almeno ${TITLE_MIN} caratteri.`,
			tooLong: `Un titolo in Decidim ha al massimo ${TITLE_MAX} caratteri.`
		}
	},
	refused: (n: number) =>
		`Il file non è stato creato: ${n === 1 ? '1 idea ha' : `${n} idee hanno`} bisogno di un titolo più lungo o più corto (Decidim accetta da ${TITLE_MIN} a ${TITLE_MAX} caratteri). Torna indietro e correggilo.`,
	unknownIdea: 'Un’idea scelta non è più sui canvas del workshop. Ricarica la pagina e scegli di nuovo.',
	/** The line under each proposal's text in Decidim: where it came from. */
	context: (workshop: string, canvas: string) => `Dal workshop Civic Canvas «${workshop}», canvas «${canvas}».`
};
