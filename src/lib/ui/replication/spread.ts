/**
 * The places a use case spread to, for the chart and the list beside it:
 * each recorded replication (oldest first), then each follower city the use
 * case names that no record already covers.
 */
import type { Replication } from '$lib/data/replications';
import { citiesOf } from '$lib/domain/use-cases';

export type SpreadItem =
	| { kind: 'replication'; city: string; organisation: string | null; date: string; year: string; slug: string; title: string }
	| { kind: 'follower'; city: string };

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

export function spreadItems(replications: readonly Replication[], followerCities: readonly string[]): SpreadItem[] {
	const recorded: SpreadItem[] = replications
		.filter((r) => r.replica !== null)
		.map((r) => ({
			kind: 'replication',
			city: r.replica!.city,
			organisation: r.organization?.name ?? null,
			date: r.replicated_at,
			year: String(new Date(r.replicated_at).getUTCFullYear()),
			slug: r.replica!.slug,
			title: r.replica!.title
		}));
	const recordedCities = recorded.flatMap((r) => citiesOf(r.city));
	const followers: SpreadItem[] = [...new Set(followerCities.map((c) => c.trim()).filter(Boolean))]
		.filter((city) => !recordedCities.some((r) => same(r, city)))
		.map((city) => ({ kind: 'follower', city }));
	return [...recorded, ...followers];
}
