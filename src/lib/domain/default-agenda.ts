/**
 * Every workshop starts with a default agenda, written by the database in
 * English (private.start_session). When the workshop's language changes, the
 * phases that still carry the old language's default title at their position
 * take the new language's; a phase a facilitator renamed or moved stays as it is.
 */
export interface PhaseTitle {
	id: string;
	position: number;
	title: string;
}

export function defaultAgendaRenames(phases: readonly PhaseTitle[], from: readonly string[], to: readonly string[]): { id: string; title: string }[] {
	return phases
		.filter((phase) => from[phase.position] !== undefined && phase.title === from[phase.position] && to[phase.position] && to[phase.position] !== phase.title)
		.map((phase) => ({ id: phase.id, title: to[phase.position] }));
}
