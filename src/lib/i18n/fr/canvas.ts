/** UI text for canvas; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { one } from './format';

export const canvas: Messages['canvas'] = {
	page: {
		title: (canvas: string, workshop: string) => `${canvas} · ${workshop}`,
		workshop: 'Retour à l’atelier',
		canvases: 'Canevas de cet atelier',
		loading: 'Chargement du canevas…',
		lock: 'Verrouiller le canevas',
		unlock: 'Déverrouiller le canevas'
	},
	readOnly: {
		observer: 'Vous observez cet atelier : vous pouvez parcourir le canevas, zoomer et suivre les autres, sans rien modifier.',
		locked: 'L’animateur a verrouillé ce canevas : vous pouvez le parcourir, mais pas le modifier pour l’instant.',
		lockedFacilitator: 'Ce canevas est verrouillé pour les participants. En tant qu’animateur, vous pouvez encore le modifier.'
	},
	board: {
		label: 'Canevas',
		help: 'Faites glisser un espace vide pour vous déplacer ; pincez, ou faites défiler avec Ctrl, pour zoomer. Double-cliquez ou touchez deux fois pour ajouter une note. Tab passe d’une note à l’autre, Entrée en modifie une, les flèches la déplacent (avec Maj, plus loin ; avec Alt, la redimensionnent), Espace la sélectionne, Suppr la supprime.',
		helpReadOnly: 'Faites glisser pour vous déplacer ; pincez, ou faites défiler avec Ctrl, pour zoomer. Tab passe d’une note à l’autre.'
	},
	note: {
		label: (author: string, words: string) => `Note de ${author} : ${words}`,
		empty: '(vide)',
		selected: 'sélectionnée',
		inCluster: (name: string) => `dans le groupe « ${name} »`,
		editedBy: (names: string) => `en cours de modification par ${names}`,
		you: 'vous',
		someone: (stakeholder: string) => `un participant (${stakeholder})`,
		textLabel: 'Texte de la note',
		/** A phone's editing sheet: ends editing. */
		doneEditing: 'OK',
		useCaseUnknown: 'Cas d’usage',
		moreUseCases: (n: number) => `+${n}`,
		opensInNewTab: '(s’ouvre dans un nouvel onglet)',
		dots: (n: number) => `${n} ${one(n) ? 'gommette' : 'gommettes'}`
	},
	toolbar: {
		label: 'Outils du canevas',
		addNote: 'Ajouter une note',
		undo: 'Annuler',
		redo: 'Rétablir',
		zoomIn: 'Zoom avant',
		zoomOut: 'Zoom arrière',
		fit: 'Ajuster à l’écran',
		zoomLevel: (percent: number) => `Zoom ${percent} %`
	},
	blockPicker: {
		title: 'Pour quel bloc est votre note ?',
		cancel: 'Annuler'
	},
	selection: {
		label: 'Notes sélectionnées',
		count: (n: number) => (one(n) ? `${n} note sélectionnée` : `${n} notes sélectionnées`),
		edit: 'Modifier le texte',
		color: 'Couleur',
		tags: 'Qui, Quoi, Comment, Pourquoi',
		tagAs: (dimension: string) => `Classer en ${dimension}`,
		useCases: 'Cas d’usage',
		link: 'Relier les notes',
		unlink: 'Supprimer le lien',
		cluster: 'Regrouper',
		dissolveCluster: 'Défaire le groupe',
		rename: 'Renommer le groupe',
		duplicate: 'Dupliquer',
		delete: 'Supprimer',
		clear: 'Désélectionner',
		putToVote: 'Soumettre au vote',
		summonHere: 'Amener tout le monde ici'
	},
	vote: {
		title: 'Soumettre les notes sélectionnées au vote',
		candidates: (n: number) => (one(n) ? `${n} note avec du texte est sélectionnée` : `${n} notes avec du texte sont sélectionnées`),
		kind: 'Mode de décision',
		kinds: { dots: 'Gommettes', scores: 'Scores', ranking: 'Classement' },
		kindHints: {
			dots: 'Chacun répartit quelques gommettes sur les notes qu’il soutient.',
			scores: 'Chacun donne à chaque note un score de 1 à 5 pour chaque critère.',
			ranking: 'Chacun classe les notes dans son ordre.'
		},
		roundTitle: 'Question (facultatif)',
		roundTitlePlaceholder: 'p. ex. Quel service réaliser en premier ?',
		budget: 'Gommettes par personne',
		cap: 'Maximum par note',
		noCap: 'Sans limite',
		criteria: 'Critères',
		criteriaSets: { oulu: 'Évolutivité, réplicabilité, durabilité', atos: 'Les quatre facteurs (Atos)', own: 'Nos propres critères' },
		ownCriteria: 'Critères, un par ligne',
		open: 'Ouvrir le tour',
		opening: 'Ouverture…',
		cancel: 'Annuler'
	},
	summoned: 'L’animateur a amené tout le monde ici.',
	colors: {
		label: 'Couleur de la note',
		stakeholder: (stakeholder: string) => `Couleur ${stakeholder}`,
		/** Names of SEGMENT_COLORS (src/lib/domain/templates.ts), in the same order. */
		segments: ['Orange', 'Bleu ciel', 'Vert', 'Jaune', 'Rouge', 'Rose', 'Lavande', 'Gris']
	},
	cluster: {
		createTitle: 'Regrouper les notes sélectionnées',
		renameTitle: 'Renommer le groupe',
		name: 'Nom du groupe',
		create: 'Regrouper',
		save: 'Enregistrer',
		cancel: 'Annuler'
	},
	picker: {
		title: 'Relier à des cas d’usage de la bibliothèque',
		search: 'Rechercher dans la bibliothèque',
		placeholder: 'p. ex. stationnement, capteurs',
		searching: 'Recherche…',
		results: (n: number) => (one(n) ? `${n} cas d’usage trouvé` : `${n} cas d’usage trouvés`),
		empty: 'Aucun cas d’usage ne correspond à cette recherche.',
		failed: 'La recherche dans la bibliothèque a échoué. Veuillez réessayer.',
		link: (title: string) => `Relier ${title}`,
		unlink: (title: string) => `Retirer ${title}`,
		linkShort: 'Relier',
		unlinkShort: 'Retirer',
		linked: 'Relié à cette note',
		none: 'Aucun cas d’usage relié pour l’instant.',
		close: 'OK'
	},
	status: {
		label: 'Connexion',
		connecting: 'Connexion…',
		live: 'En direct',
		reconnecting: 'Reconnexion…',
		offline: 'Hors ligne — modifications enregistrées sur cet appareil',
		offlineNotSaved: 'Hors ligne — gardez cette page ouverte : les modifications ne peuvent pas être enregistrées sur cet appareil',
		pending: 'Des modifications faites hors ligne attendent d’être envoyées',
		synced: 'Toutes les modifications sont envoyées',
		closed: 'Ce canevas ne vous est plus accessible. Vos dernières modifications n’ont peut-être pas été envoyées.'
	},
	presence: {
		label: 'Personnes sur ce canevas',
		toggle: (n: number) => (n === 1 ? 'Personne d’autre ici' : `${n} personnes ici`),
		you: (name: string) => `${name} (vous)`,
		follow: (name: string) => `Suivre ${name}`,
		stopFollowing: 'Ne plus suivre',
		following: (name: string) => `Vous suivez ${name}`,
		editing: 'modifie une note',
		followButton: 'Suivre',
		followingButton: 'Suivi'
	},
	announce: {
		added: 'Note ajoutée.',
		deleted: (n: number) => (one(n) ? 'Note supprimée.' : `${n} notes supprimées.`),
		duplicated: 'Note dupliquée.',
		clustered: (name: string) => `Regroupées sous « ${name} ».`,
		clusterDissolved: 'Groupe défait.',
		linked: 'Notes reliées.',
		unlinked: 'Lien supprimé.',
		undone: 'Annulé.',
		redone: 'Rétabli.',
		failed: 'Cette modification n’a pas pu être faite.'
	}
};
