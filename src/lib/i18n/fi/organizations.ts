/** Finnish text for organisations, their members and invitations; part of ../fi.ts. */
import type { Messages } from '../en';

export const organizations: Messages['organizations'] = {
	nav: 'Organisaatiot',
	list: {
		title: 'Organisaatiot',
		lead: 'Kaupungit, yritykset ja virastot, jotka järjestävät työpajoja ja julkaisevat käyttötapauksia kirjastoon.',
		empty: 'Ei vielä organisaatioita.',
		yours: (role: string) => `Roolisi: ${role}`,
		createTitle: 'Uusi organisaatio',
		createLead: 'Sinusta tulee sen pääkäyttäjä: kutsut jäsenet ja päätät, kuka saa julkaista.',
		signInToCreate: 'Kirjaudu sähköpostillasi, niin voit luoda organisaation.',
		needsEmail: 'Organisaation luominen vaatii kirjautumisen sähköpostilla; koodilla liittyneet osallistujat eivät voi luoda sitä.',
		name: 'Nimi',
		nameHint: 'esim. ”Oulun kaupunki”. Enintään 120 merkkiä; osoite muodostetaan nimestä.',
		kind: 'Tyyppi',
		country: 'Maa',
		countryHint: 'Valinnainen. Enintään 60 merkkiä.',
		submit: 'Luo organisaatio'
	},
	kinds: {
		city: 'Kaupunki',
		company: 'Yritys',
		research: 'Tutkimus',
		public_body: 'Julkinen toimija',
		network: 'Verkosto',
		other: 'Muu'
	},
	roles: {
		member: 'Jäsen',
		publisher: 'Julkaisija',
		admin: 'Pääkäyttäjä'
	},
	roleHelp: {
		member: 'Jäsenet voivat lukea organisaation luonnoksia.',
		publisher: 'Julkaisijat voivat lisäksi julkaista, muokata ja vetää pois sen käyttötapauksia.',
		admin: 'Pääkäyttäjät voivat lisäksi kutsua jäseniä ja muuttaa rooleja.'
	},
	page: {
		back: 'Kaikki organisaatiot',
		useCases: 'Julkaistut käyttötapaukset',
		noUseCases: 'Ei vielä julkaistuja käyttötapauksia.',
		members: 'Jäsenet',
		you: '(sinä)',
		roleOf: (name: string) => `Rooli: ${name}`,
		changeRole: 'Vaihda rooli',
		remove: 'Poista',
		removeConfirm: (name: string) => `Poistetaanko ${name} tästä organisaatiosta?`,
		removed: (name: string) => `${name} ei ole enää jäsen.`,
		roleChanged: (name: string, role: string) => `${name}: rooli on nyt ${role.toLowerCase()}.`,
		leave: 'Eroa organisaatiosta',
		leaveConfirm: 'Erotaanko tästä organisaatiosta? Palataksesi tarvitset uuden kutsun.',
		lastAdminHint: 'Olet sen ainoa pääkäyttäjä: tee joku toinen pääkäyttäjäksi ennen kuin eroat tai luovut roolista.',
		inviteTitle: 'Kutsu jäsen',
		inviteLead: (days: number) => `Hän saa sähköpostiin linkin, jolla hän kirjautuu ja liittyy. Linkki toimii ${days === 1 ? 'päivän' : `${days} päivää`}.`,
		email: 'Sähköpostiosoite',
		role: 'Rooli',
		invite: 'Lähetä kutsu',
		invited: (email: string) => `Kutsu lähetetty osoitteeseen ${email}.`,
		invitedLocal: 'Paikallinen tila: linkki on lähtevissä viesteissä.',
		pending: 'Avoimet kutsut',
		noPending: 'Ei avoimia kutsuja.',
		expires: (date: string) => `vanhenee ${date}`,
		expired: 'vanhentunut',
		revoke: 'Peru',
		revokeLabel: (email: string) => `Peru kutsu osoitteeseen ${email}`,
		revoked: (email: string) => `Kutsu osoitteeseen ${email} on peruttu.`
	},
	invitation: {
		title: 'Kutsu',
		lead: (org: string, role: string) => `Sinut on kutsuttu organisaatioon ${org} (rooli: ${role.toLowerCase()}).`,
		sentTo: (email: string) => `Kutsu lähetettiin osoitteeseen ${email}.`,
		signedInAs: (email: string) => `Olet kirjautunut osoitteella ${email}.`,
		otherEmail: 'Kirjaudu osoitteella, johon kutsu lähetettiin, ja avaa linkki sitten uudelleen.',
		signInOther: 'Kirjaudu toisella sähköpostilla',
		accept: 'Hyväksy ja liity',
		expires: (date: string) => `Kutsun voi hyväksyä ${date} asti.`,
		unknown: 'Tämä kutsulinkki ei ole voimassa. Kutsu on ehkä peruttu; pyydä pääkäyttäjältä uusi.',
		mailSubject: (org: string) => `Kutsu Civic Canvasiin: ${org}`
	},
	validation: {
		nameRequired: 'Anna nimi.',
		nameTooLong: 'Nimessä voi olla enintään 120 merkkiä.',
		kindUnknown: 'Valitse tyyppi luettelosta.',
		countryTooLong: 'Maan nimessä voi olla enintään 60 merkkiä.',
		emailInvalid: 'Anna kelvollinen sähköpostiosoite.',
		roleUnknown: 'Valitse jäsen, julkaisija tai pääkäyttäjä.',
		memberUnknown: 'Tämä henkilö ei ole jäsen.',
		invitationUnknown: 'Tämä kutsu ei ole enää avoinna.'
	},
	errors: {
		signIn: 'Kirjaudu ensin.',
		needsEmail: 'Organisaation luominen vaatii kirjautumisen sähköpostilla; koodilla liittyneet osallistujat eivät voi luoda sitä.',
		nameRequired: 'Anna nimi, jossa on 1–120 merkkiä.',
		kindUnknown: 'Valitse tyyppi luettelosta.',
		countryTooLong: 'Maan nimessä voi olla enintään 60 merkkiä.',
		lastAdmin: 'Organisaatiolla on oltava vähintään yksi pääkäyttäjä: tee ensin joku toinen pääkäyttäjäksi.',
		invitationUnknown: 'Tämä kutsulinkki ei ole voimassa. Kutsu on ehkä peruttu; pyydä pääkäyttäjältä uusi.',
		invitationUsed: 'Tämä kutsu on jo hyväksytty.',
		invitationExpired: 'Tämä kutsu on vanhentunut. Pyydä pääkäyttäjältä uusi.',
		invitationOtherEmail: 'Kutsu lähetettiin toiseen sähköpostiosoitteeseen. Kirjaudu sillä osoitteella hyväksyäksesi sen.',
		notAllowed: 'Vain organisaation pääkäyttäjä voi tehdä tämän.',
		failed: 'Se ei juuri nyt onnistunut. Mitään ei muutettu; yritä uudelleen.',
		sendFailed: 'Kutsu tallennettiin, mutta sähköpostia ei juuri nyt voitu lähettää. Peru kutsu ja yritä uudelleen.',
		unavailable: 'Organisaatiota ei juuri nyt voitu ladata. Yritä hetken päästä uudelleen.'
	}
};
