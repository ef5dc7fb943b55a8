/**
 * Breaks text into at most maxLines lines of at most maxChars characters, at
 * spaces where it can; the last line ends with an ellipsis when text is cut.
 * SVG has no text wrapping, so charts lay out lines themselves.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
	const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
	const lines: string[] = [];
	let line = '';
	let i = 0;
	for (; i < words.length; i++) {
		let word = words[i];
		if (word.length > maxChars) {
			// A word longer than a line is split hard.
			words.splice(i + 1, 0, word.slice(maxChars));
			word = word.slice(0, maxChars);
		}
		const candidate = line ? `${line} ${word}` : word;
		if (candidate.length <= maxChars) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === maxLines) break;
	}
	if (lines.length < maxLines && line) {
		lines.push(line);
		line = '';
		i = words.length;
	}
	const cut = i < words.length || line !== '';
	if (cut && lines.length) {
		const last = lines[lines.length - 1];
		lines[lines.length - 1] = (last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last) + '…';
	}
	return lines;
}
