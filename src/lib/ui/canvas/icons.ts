/** SVG path data (24 x 24, stroked) for the canvas's buttons; decorative, the buttons carry the names. */
export const ICONS = {
	add: 'M12 5v14M5 12h14',
	undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
	redo: 'M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
	zoomIn: 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14zM20 20l-4-4M11 8v6M8 11h6',
	zoomOut: 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14zM20 20l-4-4M8 11h6',
	fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
	edit: 'M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4',
	color: 'M12 3a9 9 0 1 0 0 18c1 0 1.5-.8 1.5-1.6 0-1.3-1-1.4-1-2.4 0-.9.7-1.5 1.7-1.5H17a4 4 0 0 0 4-4c0-4.7-4-8.5-9-8.5zM7.5 11.5h.01M10 7.5h.01M15 7.5h.01',
	useCase: 'M4 5a2 2 0 0 1 2-2h12v16H6a2 2 0 0 0-2 2V5zM4 19a2 2 0 0 1 2-2h12M8 7h6',
	link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
	cluster: 'M3 7V4h3M21 7V4h-3M3 17v3h3M21 17v3h-3M8 8h8v8H8z',
	dissolveCluster: 'M3 7V4h3M21 7V4h-3M3 17v3h3M21 17v3h-3M8 8h8v8H8zM5 5l14 14',
	rename: 'M4 7V5h16v2M12 5v14M9 19h6',
	duplicate: 'M8 8h11v11H8zM5 16V5h11',
	delete: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
	close: 'M6 6l12 12M18 6 6 18',
	vote: 'M4 13h16v7H4zM8 13 6 9M9 8.5l2.5 2.5L17 4',
	/** A target: bring everyone to this note. */
	summon: 'M12 3v3M12 18v3M3 12h3M18 12h3M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM12 11.5h.01'
} as const;

export type IconName = keyof typeof ICONS;
