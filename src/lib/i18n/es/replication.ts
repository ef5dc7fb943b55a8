/** Spanish text for replicating a use case: the start form and its spread; see ../en/replication.ts. */
import type { Messages } from '../en';

export const replication: Messages['replication'] = {
	start: {
		title: 'Crear un taller a partir de este caso',
		lead: 'Un nuevo taller para tu ciudad, con un Business Model Canvas que ya tiene como notas el Quién, el Qué, el Cómo y el Valor de este caso de uso, y un borrador de resultado que recuerda de dónde viene.',
		name: 'Título del taller',
		city: 'Para la ciudad',
		otherCity: 'Otra ciudad',
		typedCity: 'Ciudad',
		typedCityHint: 'La ciudad para la que es el taller.',
		submit: 'Crear el taller',
		signIn: 'Entra para crear un taller a partir de este caso',
		needsAccount: 'Entra con tu correo para crear un taller a partir de este caso; no basta con un nombre de participante.',
		purpose: (useCase: string, city: string) => `Replicar «${useCase}» en ${city}.`,
		canvasTitle: 'Business Model Canvas',
		back: 'Volver al caso de uso',
		validation: {
			titleRequired: 'Ponle un título al taller.',
			titleTooLong: 'Un título tiene como máximo 160 caracteres.',
			cityRequired: 'Indica para qué ciudad es el taller.',
			cityTooLong: 'Un nombre de ciudad tiene como máximo 120 caracteres.'
		},
		failed: 'No se ha podido crear el taller. No se ha guardado nada; vuelve a intentarlo.',
		notFound: 'Este caso de uso no está en la biblioteca.'
	},
	spread: {
		title: 'Réplicas',
		lead: 'Adónde ha llegado este caso de uso desde su primera ciudad: las réplicas registradas, con el año, y las ciudades seguidoras que cita el caso de uso.',
		none: 'Aún ninguna ciudad ha replicado este caso de uso.',
		chartTitle: (city: string) => `Cómo se extendió el caso de uso desde ${city}`,
		source: 'primera ciudad',
		replicated: (year: string) => `replicado en ${year}`,
		follower: 'seguidora, sin registro',
		listTitle: 'Réplicas y ciudades seguidoras',
		replicatedBy: (organisation: string, city: string, date: string) => `${organisation}, ${city}, ${date}`,
		followerItem: (city: string) => `${city}: ciudad seguidora, sin réplica registrada`,
		unknownOrganisation: 'Una organización'
	}
};
