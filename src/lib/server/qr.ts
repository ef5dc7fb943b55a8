import QRCode from 'qrcode';

/**
 * A QR code as one SVG path (a unit square per dark module), computed on the
 * server so the page ships no QR library and renders it with plain markup.
 */
export function qrPath(text: string): { size: number; path: string } {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	let path = '';
	for (let row = 0; row < modules.size; row++) {
		for (let col = 0; col < modules.size; col++) {
			if (modules.get(row, col)) path += `M${col} ${row}h1v1h-1z`;
		}
	}
	return { size: modules.size, path };
}
