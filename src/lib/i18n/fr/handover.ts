/** UI text for handing a workshop's ideas on to Decidim; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { BODY_MIN, TITLE_MAX, TITLE_MIN } from '../../domain/decidim.ts';
import { one } from './format';

export const handover: Messages['handover'] = {
	pageTitle: (workshop: string) => `Transmettre à Decidim · ${workshop}`,
	title: 'Transmettre à Decidim',
	lead: 'Choisissez les idées à transmettre à la plateforme de participation de la ville et téléchargez-les sous forme d’import de propositions Decidim. Dans l’administration de Decidim, ouvrez la fonctionnalité Propositions, puis Importer > Importer des propositions depuis un fichier, et choisissez ce fichier.',
	language: (locale: string) => `Langue des propositions : ${locale} (la langue de l’atelier).`,
	back: 'Retour à l’atelier',
	forbidden: 'La transmission est réservée aux animateurs de cet atelier.',
	empty: 'Cet atelier n’a pas encore de notes. Les idées écrites sur ses canevas s’affichent ici.',
	ideas: 'Idées',
	chosen: (n: number, of: number) => `${n} sur ${of} ${one(n) ? 'choisie' : 'choisies'}`,
	choose: (text: string) => `Transmettre : ${text}`,
	titleLabel: 'Titre dans Decidim',
	titleHint: `De ${TITLE_MIN} à ${TITLE_MAX} caractères.`,
	count: (n: number) => `${n} / ${TITLE_MAX}`,
	kept: 'Retenue dans le bilan',
	top: (place: number) => `${place === 1 ? '1re' : `${place}e`} place d’un tour`,
	body: 'Corps : le texte de la note, puis sa provenance.',
	selectAll: 'Tout choisir',
	selectNone: 'Ne rien choisir',
	downloadCsv: 'Télécharger le CSV',
	downloadJson: 'Télécharger le JSON',
	noneChosen: 'Choisissez au moins une idée à transmettre.',
	fix: 'Certains titres doivent être modifiés avant de pouvoir créer le fichier ; voir les messages à côté.',
	problems: {
		title: {
			tooShort: `Un titre Decidim compte au moins ${TITLE_MIN} caractères.`,
			tooLong: `Un titre Decidim compte au plus ${TITLE_MAX} caractères.`
		}
	},
	refused: (n: number) => `Le fichier n’a pas été créé : ${n} ${one(n) ? 'idée a' : 'idées ont'} un titre trop court ou trop long (Decidim accepte de ${TITLE_MIN} à ${TITLE_MAX} caractères). Revenez en arrière pour le modifier.`,
	unknownIdea: 'Une idée choisie n’est plus sur les canevas de l’atelier. Rechargez la page et choisissez à nouveau.',
	/** The line under each proposal's text in Decidim: where it came from. */
	context: (workshop: string, canvas: string) => `Issue de l’atelier Civic Canvas « ${workshop} », canevas « ${canvas} ».`
};
