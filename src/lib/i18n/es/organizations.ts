/** Spanish text for organisations, their members and invitations; see ../en/organizations.ts. */
import type { Messages } from '../en';

export const organizations: Messages['organizations'] = {
	nav: 'Organizaciones',
	list: {
		title: 'Organizaciones',
		lead: 'Ciudades, empresas y agencias que organizan talleres y publican casos de uso en la biblioteca.',
		empty: 'Aún no hay ninguna organización.',
		yours: (role: string) => `Eres ${role}`,
		createTitle: 'Nueva organización',
		createLead: 'Pasas a ser su admin: invitas a los miembros y eliges quién puede publicar.',
		signInToCreate: 'Entra con tu correo para crear una organización.',
		needsEmail: 'Para crear una organización hay que entrar con el correo; quien se ha unido con un código no puede.',
		name: 'Nombre',
		nameHint: 'p. ej. «Ayuntamiento de Oulu». Hasta 120 caracteres; su dirección se crea a partir de él.',
		kind: 'Tipo',
		country: 'País',
		countryHint: 'Opcional. Hasta 60 caracteres.',
		submit: 'Crear organización'
	},
	kinds: {
		city: 'Ciudad',
		company: 'Empresa',
		research: 'Investigación',
		public_body: 'Organismo público',
		network: 'Red',
		other: 'Otro'
	},
	roles: {
		member: 'Miembro',
		publisher: 'Editor/a',
		admin: 'Admin'
	},
	roleHelp: {
		member: 'Los miembros leen los borradores de la organización.',
		publisher: 'Editores y editoras, además, publican, editan y retiran sus casos de uso.',
		admin: 'Los admins, además, invitan a miembros y cambian roles.'
	},
	page: {
		back: 'Todas las organizaciones',
		useCases: 'Casos de uso publicados',
		noUseCases: 'Aún no hay ningún caso de uso publicado.',
		members: 'Miembros',
		you: '(tú)',
		roleOf: (name: string) => `Rol de ${name}`,
		changeRole: 'Cambiar rol',
		remove: 'Quitar',
		removeConfirm: (name: string) => `¿Quitar a ${name} de esta organización?`,
		removed: (name: string) => `${name} ya no es miembro.`,
		roleChanged: (name: string, role: string) => `${name} ahora es ${role}.`,
		leave: 'Dejar la organización',
		leaveConfirm: '¿Dejar esta organización? Para volver necesitarás una nueva invitación.',
		lastAdminHint: 'Eres su único admin: haz admin a otra persona antes de irte o de cambiar de rol.',
		inviteTitle: 'Invitar a alguien',
		inviteLead: (days: number) => `Recibe por correo un enlace que le permite entrar y unirse. Sirve durante ${days} días.`,
		email: 'Correo electrónico',
		role: 'Rol',
		invite: 'Enviar invitación',
		invited: (email: string) => `Invitación enviada a ${email}.`,
		invitedLocal: 'Modo local: el enlace está en la bandeja de salida.',
		pending: 'Invitaciones abiertas',
		noPending: 'No hay invitaciones abiertas.',
		expires: (date: string) => `caduca el ${date}`,
		expired: 'caducada',
		revoke: 'Revocar',
		revokeLabel: (email: string) => `Revocar la invitación a ${email}`,
		revoked: (email: string) => `La invitación a ${email} está revocada.`
	},
	invitation: {
		title: 'Invitación',
		lead: (org: string, role: string) => `Te invitan a unirte a ${org} como ${role}.`,
		sentTo: (email: string) => `Esta invitación se envió a ${email}.`,
		signedInAs: (email: string) => `Has entrado como ${email}.`,
		otherEmail: 'Entra con la dirección a la que se envió y vuelve a abrir el enlace.',
		signInOther: 'Entrar con otro correo',
		accept: 'Aceptar y unirme',
		expires: (date: string) => `Puedes aceptarla hasta el ${date}.`,
		unknown: 'Este enlace de invitación no es válido. Puede que se haya revocado; pide uno nuevo a quien administra la organización.',
		mailSubject: (org: string) => `Te invitan a ${org} en Civic Canvas`
	},
	validation: {
		nameRequired: 'Escribe un nombre.',
		nameTooLong: 'El nombre debe tener menos de 120 caracteres.',
		kindUnknown: 'Elige un tipo de la lista.',
		countryTooLong: 'El país debe tener menos de 60 caracteres.',
		emailInvalid: 'Escribe un correo electrónico válido.',
		roleUnknown: 'Elige miembro, editor/a o admin.',
		memberUnknown: 'Esta persona no es miembro.',
		invitationUnknown: 'Esta invitación ya no está abierta.'
	},
	errors: {
		signIn: 'Primero tienes que entrar.',
		needsEmail: 'Para crear una organización hay que entrar con el correo; quien se ha unido con un código no puede.',
		nameRequired: 'Escribe un nombre de 1 a 120 caracteres.',
		kindUnknown: 'Elige un tipo de la lista.',
		countryTooLong: 'El país debe tener menos de 60 caracteres.',
		lastAdmin: 'Una organización necesita al menos un admin: primero haz admin a otra persona.',
		invitationUnknown: 'Este enlace de invitación no es válido. Puede que se haya revocado; pide uno nuevo a quien administra la organización.',
		invitationUsed: 'Esta invitación ya se ha aceptado.',
		invitationExpired: 'Esta invitación ha caducado. Pide una nueva a quien administra la organización.',
		invitationOtherEmail: 'Esta invitación se envió a otro correo. Entra con esa dirección para aceptarla.',
		notAllowed: 'Solo un admin de esta organización puede hacerlo.',
		failed: 'No ha funcionado. No se ha cambiado nada; vuelve a intentarlo.',
		sendFailed: 'La invitación se ha guardado, pero no se ha podido enviar el correo. Revócala y vuelve a intentarlo.',
		unavailable: 'No se ha podido cargar esta organización. Vuelve a intentarlo en un momento.'
	}
};
