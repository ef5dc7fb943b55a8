import { MAX_CENTS } from './revenue-model.ts';

/**
 * Money and shares typed by people, read exactly: "15000", "15,000.50" (en),
 * "15 000,5" (fr, de) become integer cents straight from the digits, never
 * through a binary float. Grouping is accepted only where it belongs (groups
 * of three), so "1,5" in English is refused rather than read as 15.
 */

export type ParseError = 'empty' | 'invalid' | 'negative' | 'tooManyDecimals' | 'tooLarge';
export type Parsed = { ok: true; value: number } | { ok: false; error: ParseError };

interface Separators {
	decimal: string;
	groups: string[];
}

/** Every space a keyboard or a locale's grouping may put between digits. */
const SPACES = [' ', '\u00a0', '\u202f'];

function separators(locale: string): Separators {
	const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
	const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
	const group = parts.find((p) => p.type === 'group')?.value ?? ',';
	return { decimal, groups: [...new Set([group, ...SPACES])].filter((g) => g !== decimal) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A non-negative decimal with at most `decimals` digits after the locale's
 * decimal separator, as an integer scaled by 10^decimals, or why not.
 */
export function parseDecimal(input: string, locale: string, decimals: number, max: number): Parsed {
	const text = input
		.trim()
		.replace(/^(€|EUR)\s*|\s*(€|EUR)$/gi, '')
		.trim();
	if (!text) return { ok: false, error: 'empty' };
	if (/^[-−]/.test(text)) return { ok: false, error: 'negative' };
	const { decimal, groups } = separators(locale);
	const pieces = text.split(decimal);
	if (pieces.length > 2) return { ok: false, error: 'invalid' };
	const [whole, fraction = ''] = pieces;
	const group = `[${groups.map(escape).join('')}]`;
	const wholeOk = new RegExp(`^(\\d+|\\d{1,3}(${group}\\d{3})+)$`).test(whole) || (whole === '' && fraction !== '');
	if (!wholeOk || !/^\d*$/.test(fraction)) return { ok: false, error: 'invalid' };
	if (fraction.length > decimals) return { ok: false, error: 'tooManyDecimals' };
	const digits = (whole.replace(/\D/g, '') || '0') + fraction.padEnd(decimals, '0');
	const value = BigInt(digits);
	if (value > BigInt(max)) return { ok: false, error: 'tooLarge' };
	return { ok: true, value: Number(value) };
}

/** Euros as typed, to integer cents (at most MAX_CENTS). */
export const parseEuros = (input: string, locale: string): Parsed => parseDecimal(input, locale, 2, MAX_CENTS);

/** A percentage as typed ("5", "7.5"), to basis points (5 % = 500), 0 to 100 %. */
export const parsePercent = (input: string, locale: string): Parsed => parseDecimal(input.replace(/\s*%$/, ''), locale, 2, 10_000);

/** A whole number as typed ("1,200" in English), at most `max`. */
export const parseWhole = (input: string, locale: string, max: number): Parsed => parseDecimal(input, locale, 0, max);

/** An integer scaled by 10^decimals as an exact decimal string ("1500050", 2 -> "15000.50"). */
function decimalString(scaled: number, decimals: number): string {
	const digits = String(Math.trunc(Math.abs(scaled))).padStart(decimals + 1, '0');
	const sign = scaled < 0 ? '-' : '';
	return decimals ? `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : `${sign}${digits}`;
}

/**
 * Cents shown as euros in the locale (€15,000.50). The amount goes to Intl as
 * a decimal string, which Intl formats exactly, so no float division rounds it.
 */
export function formatEuros(cents: number, locale: string, options: { whole?: boolean } = {}): string {
	const whole = options.whole ?? false;
	const format = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'EUR',
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: whole ? 0 : 2
	});
	return format.format(decimalString(cents, 2) as unknown as number);
}

/** Cents as the plain text an input starts with ("15000.5" -> "15000.50"; de: "15000,50"). */
export function eurosInput(cents: number, locale: string): string {
	return decimalString(cents, 2).replace('.', separators(locale).decimal);
}

/** Basis points as the percentage an input starts with (750 -> "7.5"). */
export function percentInput(basisPoints: number, locale: string): string {
	return decimalString(basisPoints, 2)
		.replace(/\.?0+$/, '')
		.replace('.', separators(locale).decimal);
}

/** Basis points shown as a percentage in the locale (750 -> 7.5%). */
export function formatPercent(basisPoints: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
		decimalString(basisPoints, 4) as unknown as number
	);
}

/** Cents as short euros for a chart's axis (€900K, €1.2M). */
export function formatEurosCompact(cents: number, locale: string): string {
	return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(
		decimalString(cents, 2) as unknown as number
	);
}
