import { describe, expect, it } from 'vitest';
import { MAX_CENTS } from './revenue-model.ts';
import { eurosInput, formatEuros, formatEurosCompact, formatPercent, parseEuros, parsePercent, parseWhole, percentInput } from './money.ts';

const cents = (value: number) => ({ ok: true, value });
const fails = (error: string) => ({ ok: false, error });

describe('parseEuros: typed euros to integer cents, exactly', () => {
	it('reads whole euros, grouping and decimals in English', () => {
		expect(parseEuros('15000', 'en')).toEqual(cents(1_500_000));
		expect(parseEuros('15,000.50', 'en')).toEqual(cents(1_500_050));
		expect(parseEuros('15 000.5', 'en')).toEqual(cents(1_500_050));
		expect(parseEuros('1,234,567.89', 'en')).toEqual(cents(123_456_789));
		expect(parseEuros(' €12.3 ', 'en')).toEqual(cents(1_230));
		expect(parseEuros('.5', 'en')).toEqual(cents(50));
		expect(parseEuros('0', 'en')).toEqual(cents(0));
	});

	it('reads the decimal comma and space grouping of French and German', () => {
		expect(parseEuros('15 000,5', 'fr')).toEqual(cents(1_500_050));
		expect(parseEuros('15\u202f000,50', 'fr')).toEqual(cents(1_500_050));
		expect(parseEuros('15.000,50', 'de')).toEqual(cents(1_500_050));
		expect(parseEuros('15 000,5 €', 'de')).toEqual(cents(1_500_050));
	});

	it('never goes through a float: 0.1 + 0.2 style amounts stay exact', () => {
		expect(parseEuros('0.29', 'en')).toEqual(cents(29));
		expect(parseEuros('1.15', 'en')).toEqual(cents(115));
		expect(parseEuros('9999999999.99', 'en')).toEqual(cents(999_999_999_999));
	});

	it('refuses what it cannot read exactly, saying why', () => {
		expect(parseEuros('', 'en')).toEqual(fails('empty'));
		expect(parseEuros('   ', 'en')).toEqual(fails('empty'));
		expect(parseEuros('-5', 'en')).toEqual(fails('negative'));
		expect(parseEuros('1.234', 'en')).toEqual(fails('tooManyDecimals'));
		expect(parseEuros('1,5', 'en')).toEqual(fails('invalid'));
		expect(parseEuros('15,00,000', 'en')).toEqual(fails('invalid'));
		expect(parseEuros('1.2.3', 'en')).toEqual(fails('invalid'));
		expect(parseEuros('12abc', 'en')).toEqual(fails('invalid'));
		expect(parseEuros('1e5', 'en')).toEqual(fails('invalid'));
		expect(parseEuros('15.000,50', 'en')).toEqual(fails('invalid'));
		expect(parseEuros(String(MAX_CENTS / 100 + 1), 'en')).toEqual(fails('tooLarge'));
	});
});

describe('percentages and whole numbers', () => {
	it('reads a share in percent as basis points', () => {
		expect(parsePercent('5', 'en')).toEqual(cents(500));
		expect(parsePercent('7.5 %', 'en')).toEqual(cents(750));
		expect(parsePercent('7,25', 'de')).toEqual(cents(725));
		expect(parsePercent('100', 'en')).toEqual(cents(10_000));
		expect(parsePercent('100.01', 'en')).toEqual(fails('tooLarge'));
		expect(parsePercent('0.125', 'en')).toEqual(fails('tooManyDecimals'));
	});

	it('reads whole counts, refusing decimals', () => {
		expect(parseWhole('1,200', 'en', 1_000_000)).toEqual(cents(1_200));
		expect(parseWhole('1.5', 'en', 1_000_000)).toEqual(fails('tooManyDecimals'));
		expect(parseWhole('2000000', 'en', 1_000_000)).toEqual(fails('tooLarge'));
	});
});

describe('showing money', () => {
	it('formats cents as euros in the locale', () => {
		expect(formatEuros(1_500_050, 'en')).toBe('€15,000.50');
		expect(formatEuros(5, 'en')).toBe('€0.05');
		expect(formatEuros(93_800_000, 'en', { whole: true })).toBe('€938,000');
		expect(formatEuros(999_999_999_999, 'en')).toBe('€9,999,999,999.99');
		expect(formatEuros(1_500_050, 'de').replace(/\s/g, ' ')).toBe('15.000,50 €');
	});

	it('gives inputs a plain value that parses back to the same amount', () => {
		for (const value of [0, 5, 1_500_050, 999_999_999_999]) {
			expect(parseEuros(eurosInput(value, 'en'), 'en')).toEqual(cents(value));
			expect(parseEuros(eurosInput(value, 'de'), 'de')).toEqual(cents(value));
		}
		expect(eurosInput(1_500_050, 'de')).toBe('15000,50');
		expect(percentInput(750, 'en')).toBe('7.5');
		expect(percentInput(500, 'en')).toBe('5');
		expect(percentInput(1_000, 'en')).toBe('10');
		expect(percentInput(0, 'en')).toBe('0');
	});

	it('shortens euros for an axis', () => {
		expect(formatEurosCompact(90_000_000, 'en')).toBe('€900K');
		expect(formatEurosCompact(120_000_000, 'en')).toBe('€1.2M');
		expect(formatEurosCompact(0, 'en')).toBe('€0');
	});

	it('formats basis points as a percentage', () => {
		expect(formatPercent(500, 'en')).toBe('5%');
		expect(formatPercent(725, 'en')).toBe('7.25%');
	});
});
