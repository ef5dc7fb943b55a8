// Server-side render of the banner: what it says, where it leads, and that a round's title stays text.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Round } from '$lib/domain/rounds';
import RoundBanner from './RoundBanner.svelte';

const round = (kind: Round['kind'], title: string): Round => ({
	id: 'r1',
	kind,
	status: 'open',
	title,
	canvasId: null,
	block: null,
	budget: 3,
	cap: null,
	criteria: [],
	showAuthors: true,
	candidates: [],
	voters: 0,
	eligible: 4,
	openedAt: 0
});
const html = (props: { round: Round | null; href: string; readOnly?: boolean }) => render(RoundBanner, { props }).body;

describe('round banner', () => {
	it('leads to the round screen with the words for its kind', () => {
		const body = html({ round: round('dots', 'Which service first?'), href: '/w/w1/round' });
		expect(body).toContain('Dot voting is open: “Which service first?”');
		expect(body).toMatch(/<a class="button[^"]*" href="\/w\/w1\/round">Vote now<\/a>/);
		expect(html({ round: round('writing', 'Ideas'), href: '/r' })).toContain('Write now');
		expect(html({ round: round('ranking', 'Order'), href: '/r', readOnly: true })).toContain('Follow it');
	});

	it('says nothing when no round is open', () => {
		expect(html({ round: null, href: '/r' })).not.toContain('<a');
	});

	it('keeps a title as text', () => {
		const body = html({ round: round('scores', '<img src=x onerror=alert(1)>'), href: '/r' });
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;img');
	});
});
