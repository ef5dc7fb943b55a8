import { describe, expect, it } from 'vitest';
import { OUTBOX_PASS_LIMIT, openOutboxIds, sealOutboxIds } from './outbox-pass';

const SECRET = 'a-test-secret-of-some-length-0123456789';

describe('outbox pass', () => {
	it('gives back the ids it sealed', () => {
		expect(openOutboxIds(sealOutboxIds([3, 17, 42], SECRET), SECRET)).toEqual([3, 17, 42]);
	});

	it('keeps only the newest ids', () => {
		const ids = Array.from({ length: OUTBOX_PASS_LIMIT + 5 }, (_, i) => i + 1);
		expect(openOutboxIds(sealOutboxIds(ids, SECRET), SECRET)).toEqual(ids.slice(-OUTBOX_PASS_LIMIT));
	});

	it('opens nothing when missing, empty or malformed', () => {
		expect(openOutboxIds(undefined, SECRET)).toEqual([]);
		expect(openOutboxIds('', SECRET)).toEqual([]);
		expect(openOutboxIds('1.2.3', SECRET)).toEqual([]);
		expect(openOutboxIds('1.x~abc', SECRET)).toEqual([]);
		expect(openOutboxIds(sealOutboxIds([], SECRET), SECRET)).toEqual([]);
	});

	it('refuses ids someone added, and a seal from another secret', () => {
		const sealed = sealOutboxIds([5], SECRET);
		const [, seal] = sealed.split('~');
		expect(openOutboxIds(`1.2.3.4.5~${seal}`, SECRET)).toEqual([]);
		expect(openOutboxIds(sealed, `${SECRET}-other`)).toEqual([]);
		expect(openOutboxIds(`${sealed}~more`, SECRET)).toEqual([]);
	});
});
