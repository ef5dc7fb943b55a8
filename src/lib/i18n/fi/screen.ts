/** Finnish text for the presenter screen (/w/<id>/screen); part of ../fi.ts. */
import type { Messages } from '../en';

export const screen: Messages['screen'] = {
	pageTitle: (workshop: string) => `Näyttö · ${workshop}`,
	join: 'Liity osoitteessa',
	joinCode: 'Koodi',
	qr: (code: string) => `QR-koodi työpajaan liittymiseen koodilla ${code}`,
	connecting: 'Yhdistetään…',
	phase: 'Nyt',
	noPhase: 'Tervetuloa',
	agenda: 'Ohjelma',
	timer: 'Aikaa jäljellä',
	timeUp: 'Aika loppui',
	paused: 'Tauolla',
	round: (kind: string, title: string) => `${kind}: ${title}`,
	voteOnPhones: 'Äänestä puhelimellasi',
	writeOnPhones: 'Kirjoita puhelimellasi',
	closed: 'Äänestys on päättynyt. Tulokset pian.',
	results: 'Tulokset'
};
