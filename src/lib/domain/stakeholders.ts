/** Who takes part in a co-creation workshop (the multi-sided market's sides, and more). */
export const STAKEHOLDERS = ['city', 'company', 'developer', 'citizen', 'academia', 'other'] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];

export const isStakeholder = (value: unknown): value is Stakeholder =>
	typeof value === 'string' && (STAKEHOLDERS as readonly string[]).includes(value);

/** Default note color per stakeholder; distinguishable for common color blindness. */
export const STAKEHOLDER_COLORS: Record<Stakeholder, string> = {
	city: '#4e79a7',
	company: '#f28e2b',
	developer: '#59a14f',
	citizen: '#edc948',
	academia: '#b07aa1',
	other: '#9c9c9c'
};
