/** UI text for running a session: refusals of the session and ballot functions; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';

export const session: Messages['session'] = {
	/** By the HINT key the database functions raise with (facilitation migration). */
	refusals: {
		'not-facilitator': 'Seul un animateur de cet atelier peut faire cela.',
		'not-member': 'Vous n’êtes plus membre de cet atelier.',
		observer: 'Les observateurs suivent la séance mais ne votent pas.',
		'not-found': 'Cet élément ne fait plus partie de l’atelier. Rechargez la page.',
		'round-kind': 'Ce tour demande un autre type de bulletin.',
		'round-closed': 'Ce tour est clos : les bulletins ne peuvent plus changer.',
		'round-open': 'Un autre tour est ouvert. Clôturez-le d’abord.',
		'round-block': 'Un tour d’écriture a besoin d’un canevas et d’un bloc.',
		'round-criteria': 'Un tour d’évaluation a besoin d’au moins un critère.',
		'round-candidates': 'Choisissez au moins deux notes avec du texte (40 au plus).',
		budget: 'Vous n’avez plus de gommettes. Retirez-en d’abord une d’une autre note.',
		cap: 'Cette note a déjà autant de vos gommettes qu’elle peut en recevoir.',
		'no-vote': 'Vous n’avez pas de gommette sur cette note.',
		'not-candidate': 'Cette note ne fait pas partie de ce tour.',
		'not-criterion': 'Ce critère ne fait pas partie de ce tour.',
		'score-range': 'Un score va de 1 à 5.',
		'ranking-incomplete': 'Classez toutes les notes dans votre ordre, chacune une fois.',
		hidden: 'Les résultats s’affichent quand l’animateur les dévoile.',
		'timer-duration': 'Un minuteur dure de 1 seconde à 24 heures.',
		'timer-action': 'Le minuteur ne sait pas faire cela.',
		invalid: 'Cette demande n’a pas été comprise. Rechargez la page et réessayez.',
		failed: 'Cela n’a pas fonctionné. Vérifiez votre connexion et réessayez.'
	}
};
