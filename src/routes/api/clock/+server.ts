import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** This server's clock, for screens that show the workshop's timer (src/lib/session/clock.ts). */
export const GET: RequestHandler = () => json({ now: Date.now() }, { headers: { 'cache-control': 'no-store' } });
