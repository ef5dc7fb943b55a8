/**
 * English has no key that no code reads. A key counts as read when code names its
 * whole path (`m.canvas.toolbar.add`, or through an alias such as
 * `const t = $derived(m.canvas.toolbar)` then `t.add`, or `next.console.agenda.defaults`
 * on a catalogue loaded by hand), or when code indexes or
 * hands on a branch above it (`m.stakeholders[type]`, `labels={m.stakeholders}`):
 * such maps are keyed by data, and catalogues.test.ts holds them to the data's keys.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { branches, leaves } from './catalogue-keys';
import { en } from './en';

const SRC = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return path.endsWith('/lib/i18n') ? [] : sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

const IDENT = '[A-Za-z_$][\\w$]*';
const CHAIN = `((?:\\??\\.${IDENT})*)`;

/** What one file reads: whole paths, and branches it indexes or hands on. */
export function readsOf(text: string): { paths: Set<string>; wholesale: Set<string> } {
	const paths = new Set<string>();
	const wholesale = new Set<string>();
	const roots = new Map<string, string>([['m', '']]);
	// Aliases: `const t = m.report;`, `const t = $derived(m.canvas.vote);`
	for (const match of text.matchAll(new RegExp(`(?:const|let) (${IDENT}) = (?:\\$derived\\()?m${CHAIN}\\)?;`, 'g')))
		roots.set(match[1], match[2].replace(/\?/g, '').slice(1));
	for (const [name, prefix] of roots) {
		for (const match of text.matchAll(new RegExp(`(?<![\\w$.])${name.replace('$', '\\$')}${CHAIN}(\\s*\\[|\\s*[^\\s\\w$.(\\[])?`, 'g'))) {
			const chain = [prefix, match[1].replace(/\?/g, '').slice(1)].filter(Boolean).join('.');
			if (!chain) continue;
			paths.add(chain);
			if (match[2]?.trim().startsWith('[')) wholesale.add(chain);
		}
	}
	return { paths, wholesale };
}

describe('every English key is read by some code', () => {
	const texts = sourceFiles(SRC).map((file) => readFileSync(file, 'utf8'));
	const reads = texts.map(readsOf);
	const everything = texts.join('\n');
	const paths = new Set(reads.flatMap((r) => [...r.paths]));
	const wholesale = new Set(reads.flatMap((r) => [...r.wholesale]));
	// A branch read as a value (passed on, iterated) counts for all its keys.
	const passedOn = new Set(branches(en).filter((branch) => paths.has(branch) && ![...paths].some((p) => p.startsWith(`${branch}.`))));

	it('finds the reads it looks for', () => {
		expect(paths.has('app.skip')).toBe(true);
		expect(wholesale.has('stakeholders')).toBe(true);
		const probe = readsOf('const t = $derived(m.canvas.toolbar);\n<p>{t.add}</p><p>{m.templates[id].name}</p>');
		expect([...probe.paths]).toEqual(expect.arrayContaining(['canvas.toolbar', 'canvas.toolbar.add', 'templates']));
		expect(probe.wholesale.has('templates')).toBe(true);
	});

	it('has no key no code reads', () => {
		// A whole path read from another catalogue value, e.g. `next.console.agenda.defaults`.
		const named = (path: string) => path.includes('.') && everything.includes(`.${path}`);
		const covered = (path: string) =>
			paths.has(path) ||
			named(path) ||
			[...wholesale, ...passedOn].some((branch) => path.startsWith(`${branch}.`));
		expect(leaves(en).map((leaf) => leaf.path).filter((path) => !covered(path))).toEqual([]);
	});
});
