/**
 * Canvases full of notes, written the way the app writes them: the real canvas
 * operations (addNote, setNoteText) on a Y.Doc behind a y-websocket
 * WebsocketProvider connected to the app's realtime server, which stores them.
 * People and workshops come from the realtime benchmark's Fixtures (superuser
 * SQL, tokens signed with the stack's JWT secret).
 */
import pg from 'pg';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addNote, setNoteText } from '../../src/lib/canvas/notes.ts';
import { NOTE_DEFAULT_SIZE, notesMap } from '../../src/lib/canvas/schema.ts';
import { STAKEHOLDERS, STAKEHOLDER_COLORS, type Stakeholder } from '../../src/lib/domain/stakeholders.ts';
import { placementAt, TEMPLATES, type TemplateId } from '../../src/lib/domain/templates.ts';
import { canvasRoom, COLLAB_PATH } from '../../src/lib/realtime/rooms.ts';
import { signToken } from '../../src/lib/server/jwt.ts';
import { Fixtures, type BenchUser } from '../realtime/seed.ts';
import { storedState } from '../realtime/servers.ts';
import { sleep } from '../realtime/stats.ts';

export interface SeedNote {
	id: string;
	text: string;
	x: number;
	y: number;
	w: number;
	h: number;
	color: string;
	stakeholder: Stakeholder;
}

/** Short texts of the kind a smart-city workshop writes on its notes. */
const TEXTS = [
	'Open parking data for residents',
	'Sensor network on main roads',
	'City pays per verified trip',
	'Citizens report potholes by app',
	'Bike lanes near every school',
	'Shared e-scooters at train stations',
	'Energy use dashboard per district',
	'Waste bins that say when full',
	'Free wifi in public libraries',
	'Local shops join one delivery route',
	'University runs the air-quality lab',
	'Monthly subscription for commuters',
	'Developers get an open API',
	'Fewer cars in the old town',
	'Pilot in two districts first',
	'Data stays on city servers',
	'Elderly residents need a phone line',
	'Sponsor: regional energy company',
	'Noise map updated every hour',
	'Tourists pay a small fee',
	'Volunteers maintain the sensors',
	'Reuse the existing fibre network',
	'Who owns the collected data?',
	'Privacy review before launch',
	'Less traffic around hospitals',
	'Students build the first prototype',
	'Bus stops show live arrivals',
	'Grants from the EU programme',
	'Partner with the transport authority',
	'Cheaper than the current contract',
	'Flood warnings by text message',
	'Night buses on weekends',
	'Heat map of empty offices',
	'Community gardens on rooftops',
	'Smart street lights dim at night',
	'Companies rent charging points',
	'Tax relief for green buildings',
	'Hackathon with local startups',
	'Accessible routes for wheelchairs',
	'Citizens vote on the next pilot'
];

/** First names for the benchmark's peers (a number is added: thirty people, no two alike). */
const PEER_NAMES = ['Aino', 'Bo', 'Chiara', 'Dmitri', 'Eeva', 'Farid', 'Greta', 'Hamza', 'Ines', 'Jonas', 'Kaisa', 'Luca', 'Mira', 'Noor', 'Olli'];

/** Small deterministic generator (mulberry32): the same canvas every run. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `count` notes spread over the whole template: each block gets notes in
 * proportion to its area, at random places inside it (the template's whole
 * area for a template without blocks), so they overlap as a busy wall does.
 */
export function layoutNotes(templateId: TemplateId, count: number, seed = 1): Omit<SeedNote, 'id'>[] {
	const template = TEMPLATES[templateId];
	const rnd = random(seed);
	const { w, h } = NOTE_DEFAULT_SIZE;
	const regions = template.blocks.length ? template.blocks : [{ x: 0, y: 0, w: template.width, h: template.height }];
	const total = regions.reduce((n, r) => n + r.w * r.h, 0);
	const out: Omit<SeedNote, 'id'>[] = [];
	for (let i = 0; i < count; i++) {
		let pick = rnd() * total;
		const region = regions.find((r) => (pick -= r.w * r.h) < 0) ?? regions[regions.length - 1];
		const stakeholder = STAKEHOLDERS[Math.floor(rnd() * STAKEHOLDERS.length)];
		out.push({
			text: TEXTS[Math.floor(rnd() * TEXTS.length)],
			x: Math.round(region.x + 8 + rnd() * Math.max(0, region.w - w - 16)),
			y: Math.round(region.y + 36 + rnd() * Math.max(0, region.h - h - 44)),
			w,
			h,
			color: STAKEHOLDER_COLORS[stakeholder],
			stakeholder
		});
	}
	return out;
}

/** A realtime client in Node: the stock WebsocketProvider over ws, as the brief's clients are. */
export class NodeClient {
	readonly doc = new Y.Doc();
	private provider: WebsocketProvider;

	constructor(origin: string, canvasId: string, token: string) {
		this.provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}${COLLAB_PATH}`, canvasRoom(canvasId), this.doc, {
			params: { token },
			disableBc: true,
			// The provider's types name the DOM WebSocket; ws is what it gets in Node.
			WebSocketPolyfill: WebSocket as never
		});
	}

	synced(timeoutMs = 30_000): Promise<void> {
		if (this.provider.synced) return Promise.resolve();
		return new Promise((ok, fail) => {
			const timer = setTimeout(() => fail(new Error('the Node client was not synced after 30 s')), timeoutMs);
			const onSync = (isSynced: boolean) => {
				if (!isSynced) return;
				clearTimeout(timer);
				this.provider.off('sync', onSync);
				ok();
			};
			this.provider.on('sync', onSync);
		});
	}

	/** Adds the notes in transactions of `batch`: one update each, well inside the server's message size and rate limits. */
	async addNotes(notes: Omit<SeedNote, 'id'>[], author: BenchUser, templateId: TemplateId, batch = 100): Promise<SeedNote[]> {
		const template = TEMPLATES[templateId];
		const out: SeedNote[] = [];
		for (let i = 0; i < notes.length; i += batch) {
			this.doc.transact(() => {
				for (const note of notes.slice(i, i + batch)) {
					const { block, dimension } = placementAt(template, note.x + note.w / 2, note.y + note.h / 2);
					const id = addNote(this.doc, { ...note, block, dimension, author: author.id });
					out.push({ ...note, id });
				}
			});
			// Under the server's 100 messages/s per connection, with room to spare.
			await sleep(20);
		}
		return out;
	}

	setText(id: string, text: string) {
		setNoteText(this.doc, id, text);
	}

	close() {
		this.provider.destroy();
		this.doc.destroy();
	}
}

export interface SeededCanvas {
	workshopId: string;
	canvasId: string;
	templateId: TemplateId;
	notes: SeedNote[];
	/** Still connected: it makes the remote edits. */
	client: NodeClient;
}

export class CanvasFixtures {
	private fixtures: Fixtures;
	private user: Promise<{ user: BenchUser; workshopId: string }> | null = null;

	constructor(
		private pool: pg.Pool,
		private jwtSecret: string,
		private origin: string
	) {
		this.fixtures = new Fixtures(pool, jwtSecret);
	}

	/** `count` more members of the owner's workshop (participants with a display name and a stakeholder), each with a token. */
	async peers(count: number): Promise<(BenchUser & { name: string; stakeholder: Stakeholder })[]> {
		const { workshopId } = await this.owner();
		const { rows } = await this.pool.query<{ id: string }>(
			`insert into auth.users (email, is_anonymous)
			 select 'bench-peer-' || gen_random_uuid() || '@example.test', true from generate_series(1, $1)
			 returning id`,
			[count]
		);
		const people = rows.map(({ id }, i) => ({ id, name: `${PEER_NAMES[i % PEER_NAMES.length]} ${i + 1}`, stakeholder: STAKEHOLDERS[i % STAKEHOLDERS.length] }));
		await this.pool.query(
			`insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name)
			 select $1::uuid, u, 'participant', s, n from unnest($2::uuid[], $3::text[], $4::text[]) as t(u, s, n)`,
			[workshopId, people.map((p) => p.id), people.map((p) => p.stakeholder), people.map((p) => p.name)]
		);
		return Promise.all(
			people.map(async (p) => ({
				...p,
				token: await signToken({ sub: p.id, role: 'authenticated', aud: 'authenticated', is_anonymous: true }, this.jwtSecret, 6 * 3600)
			}))
		);
	}

	/** One facilitator and their workshop (the realtime benchmark's Fixtures; the creator is facilitator by trigger). */
	owner(): Promise<{ user: BenchUser; workshopId: string }> {
		this.user ??= this.fixtures.rooms(1, 1).then(([room]) => ({ user: room.members[0], workshopId: room.workshopId }));
		return this.user;
	}

	private async storedNotes(canvasId: string): Promise<number> {
		const state = await storedState(this.pool, canvasRoom(canvasId));
		if (!state) return 0;
		const doc = new Y.Doc();
		Y.applyUpdate(doc, state);
		const n = notesMap(doc).size;
		doc.destroy();
		return n;
	}

	private async projectedNotes(canvasId: string): Promise<number> {
		const { rows } = await this.pool.query<{ n: number }>(`select count(*)::int as n from public.canvas_notes where canvas_id = $1`, [canvasId]);
		return rows[0].n;
	}

	/** A fresh canvas of `count` notes, stored by the realtime server (its projection holds them all) before this returns. */
	async canvas(count: number, templateId: TemplateId, log: (line: string) => void): Promise<SeededCanvas> {
		const { user, workshopId } = await this.owner();
		const { rows } = await this.pool.query<{ id: string }>(
			`insert into public.canvases (workshop_id, template, title, position) values ($1, $2, $3, 1) returning id`,
			[workshopId, templateId, `${count} notes`]
		);
		const canvasId = rows[0].id;
		const client = new NodeClient(this.origin, canvasId, user.token);
		try {
			await client.synced();
			const t = performance.now();
			const notes = await client.addNotes(layoutNotes(templateId, count, count), user, templateId);
			// Stored: what a fresh load from Postgres gives holds every note, and so does the notes projection.
			const deadline = Date.now() + 60_000;
			for (;;) {
				const [stored, projected] = await Promise.all([this.storedNotes(canvasId), this.projectedNotes(canvasId)]);
				if (stored === count && projected === count) break;
				if (Date.now() > deadline) throw new Error(`canvas ${canvasId}: ${stored} of ${count} notes stored, ${projected} projected after 60 s`);
				await sleep(250);
			}
			log(`canvas ${canvasId}: ${count} notes written and stored in ${Math.round(performance.now() - t)} ms`);
			return { workshopId, canvasId, templateId, notes, client };
		} catch (error) {
			client.close();
			throw error;
		}
	}
}
