/**
 * An RFC 4180 reader with a chosen separator, for tests that read back the
 * files we write (quoted cells, doubled quotes, CR LF and line breaks inside
 * quotes). Written apart from the writer so a test can catch the writer's mistakes.
 */
export function parseCsv(text: string, separator = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === separator) {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else if (c === '"') throw new Error(`stray quote at ${i}`);
		else cell += c;
	}
	if (quoted) throw new Error('unclosed quote');
	if (cell !== '' || row.length) throw new Error('last record without CR LF');
	return rows;
}
