import { isUuid } from '../../domain/ids.ts';

/** What changed, as the `collab_session` trigger says it (facilitation migration). */
export const SESSION_TOPICS = ['session', 'agenda', 'round', 'ballot', 'draft', 'members'] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];

export interface SessionEvent {
	workshop_id: string;
	topic: SessionTopic;
	/** The round concerned (round, ballot, draft), else null. */
	round_id: string | null;
}

export function isSessionEvent(value: unknown): value is SessionEvent {
	if (!value || typeof value !== 'object') return false;
	const e = value as Record<string, unknown>;
	return (
		typeof e.workshop_id === 'string' &&
		isUuid(e.workshop_id) &&
		(SESSION_TOPICS as readonly unknown[]).includes(e.topic) &&
		(e.round_id === null || e.round_id === undefined || (typeof e.round_id === 'string' && isUuid(e.round_id)))
	);
}
