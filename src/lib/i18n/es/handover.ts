/** Spanish text for handing a workshop's ideas on to Decidim; see ../en/handover.ts. */
import type { Messages } from '../en';
import { BODY_MIN, TITLE_MAX, TITLE_MIN } from '../../domain/decidim.ts';

export const handover: Messages['handover'] = {
	pageTitle: (workshop: string) => `Pasar a Decidim · ${workshop}`,
	title: 'Pasar a Decidim',
	lead: 'Elige las ideas que pasan a la plataforma de participación de la ciudad y descárgalas como importación de propuestas de Decidim. En la administración de Decidim, abre el componente de propuestas, luego Importar > Importar propuestas desde un archivo, y elige este archivo.',
	language: (locale: string) => `Idioma de las propuestas: ${locale} (el idioma del taller).`,
	back: 'Volver al taller',
	forbidden: 'Solo las personas facilitadoras de este taller pueden pasar ideas a Decidim.',
	empty: 'Este taller aún no tiene notas. Aquí aparecen las ideas escritas en sus lienzos.',
	ideas: 'Ideas',
	chosen: (n: number, of: number) => `${n} de ${of} ${of === 1 ? 'elegida' : 'elegidas'}`,
	choose: (text: string) => `Pasar: ${text}`,
	titleLabel: 'Título en Decidim',
	titleHint: `De ${TITLE_MIN} a ${TITLE_MAX} caracteres.`,
	count: (n: number) => `${n} / ${TITLE_MAX}`,
	kept: 'Conservada en el resultado',
	top: (place: number) => `Puesto ${place} en una ronda`,
	body: 'Cuerpo: el texto de la nota y, después, de dónde viene.',
	selectAll: 'Elegir todas',
	selectNone: 'No elegir ninguna',
	downloadCsv: 'Descargar CSV',
	downloadJson: 'Descargar JSON',
	noneChosen: 'Elige al menos una idea para pasar.',
	fix: 'Hay que cambiar algunos títulos antes de crear el archivo; mira los mensajes que tienen al lado.',
	problems: {
		title: {
			tooShort: `Un título de Decidim necesita al menos ${TITLE_MIN} caracteres.`,
			tooLong: `Un título de Decidim tiene como máximo ${TITLE_MAX} caracteres.`
		}
	},
	refused: (n: number) => `No se ha creado el archivo: ${n} ${n === 1 ? 'idea necesita' : 'ideas necesitan'} un título más largo o más corto (Decidim admite de ${TITLE_MIN} a ${TITLE_MAX} caracteres). Vuelve atrás y cámbialo.`,
	unknownIdea: 'Una de las ideas elegidas ya no está en los lienzos del taller. Recarga la página y vuelve a elegir.',
	/** The line under each proposal's text in Decidim: where it came from. */
	context: (workshop: string, canvas: string) => `Del taller de Civic Canvas «${workshop}», lienzo «${canvas}».`
};
