/**
 * The workshop's session document (room `session:<workshop id>`): the keys of
 * its shared types, written by facilitators and by the server, read by every
 * page of the workshop. One home for them, imported by the server's writer
 * (src/lib/server/realtime/session-state.ts) and by the pages.
 */

/**
 * Canvas id -> locked. Written only by the server (from the database), so
 * every open canvas page learns of a lock at once.
 */
export const SESSION_LOCKS = 'locks';
