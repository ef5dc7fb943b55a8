import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('qrPath', () => {
	it('draws the three finder squares of a QR code', () => {
		const { size, path } = qrPath('https://example.org/join/HKM234');
		expect(size).toBeGreaterThanOrEqual(21);
		// Each finder pattern's top-left module is dark: top-left, top-right, bottom-left corners.
		for (const [col, row] of [[0, 0], [size - 7, 0], [0, size - 7]]) expect(path).toContain(`M${col} ${row}h1v1h-1z`);
		// The quiet area inside the top-left finder (row 1, col 1) is light.
		expect(path).not.toContain('M1 1h1v1h-1z');
	});
	it('changes with the text', () => {
		expect(qrPath('a').path).not.toBe(qrPath('b').path);
	});
});
