/** Percentiles by nearest rank on sorted samples; figures rounded for the table and JSON. */
export interface Summary {
	p50: number;
	p95: number;
	p99: number;
	max: number;
	samples: number;
}

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(values: number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		p50: round(percentile(sorted, 50)),
		p95: round(percentile(sorted, 95)),
		p99: round(percentile(sorted, 99)),
		max: round(sorted[sorted.length - 1] ?? NaN),
		samples: sorted.length
	};
}

/** Two decimals below 10, one below 100, whole numbers above: as precise as the figures are. */
export function round(value: number): number {
	if (!Number.isFinite(value)) return value;
	const digits = Math.abs(value) < 10 ? 100 : Math.abs(value) < 100 ? 10 : 1;
	return Math.round(value * digits) / digits;
}

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
export const mb = (bytes: number) => round(bytes / 1024 / 1024);
