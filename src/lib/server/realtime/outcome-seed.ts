import type pg from 'pg';
import { readOutcome } from '../../domain/outcome.ts';
import { isEmptyOutcome, seedOutcome } from '../../outcome/document.ts';
import type { Room } from './room.ts';
import { SERVER_ORIGIN } from './session-sync.ts';

type Db = Pick<pg.Pool, 'query'>;

/**
 * An outcome room loaded with no stored document starts from the workshop's
 * outcomes row when there is one (a draft outcome made when the workshop was
 * started from a library use case). The seed is an ordinary update, stored
 * like any other, so it happens once: the next load finds the document.
 */
export async function seedOutcomeRoom(db: Db, room: Room): Promise<void> {
	if (room.kind !== 'outcome' || !isEmptyOutcome(room.doc)) return;
	const { rows } = await db.query<{ content: unknown }>('select content from public.outcomes where workshop_id = $1', [room.workshopId]);
	if (!rows.length || !isEmptyOutcome(room.doc)) return;
	seedOutcome(room.doc, readOutcome(rows[0].content), SERVER_ORIGIN);
}
