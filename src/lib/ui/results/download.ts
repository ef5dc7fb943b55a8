/**
 * Files made in the browser from what is already on the screen: the results
 * as CSV or JSON, a chart's SVG, and a PNG drawn from that SVG. Nothing is
 * fetched. Text in a chart is serialised as escaped text nodes, so a
 * candidate's label never becomes markup in the file.
 */

export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// The click has started the download by the time the next task runs.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const downloadText = (text: string, type: string, fileName: string) =>
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);

/** The chart's size in CSS pixels, as drawn. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.getBoundingClientRect();
	const view = svg.viewBox.baseVal;
	return {
		width: Math.round(box.width || view?.width || 640),
		height: Math.round(box.height || view?.height || 480)
	};
}

/** A standalone SVG document of the chart, at the size it is drawn. */
export function svgDocument(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const { width, height } = sizeOf(svg);
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export const downloadSvg = (svg: SVGSVGElement, fileName: string) => downloadText(svgDocument(svg), 'image/svg+xml', fileName);

/** The chart drawn on an offscreen canvas at twice its size (sharp on a projector), on white. */
export async function pngOf(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const { width, height } = sizeOf(svg);
	const url = URL.createObjectURL(new Blob([svgDocument(svg)], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = new OffscreenCanvas(width * scale, height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2d context');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await canvas.convertToBlob({ type: 'image/png' });
	} finally {
		URL.revokeObjectURL(url);
	}
}
