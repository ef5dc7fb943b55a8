/** Numbers in the results, through Intl in the catalogue's locale. */
import { getLocale } from '$lib/i18n';
import type { ResultKind } from '$lib/domain/results';

const upTo = (digits: number) => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: digits });
const whole = upTo(0);
const two = upTo(2);

/** Dots and points are whole; scores keep two decimals (3.67, not 3.6666…). */
export const formatScore = (n: number) => two.format(n);
export const formatCount = (n: number) => whole.format(n);
export const formatFor = (kind: ResultKind) => (kind === 'scores' ? formatScore : formatCount);
