import { error } from '@sveltejs/kit';
import { canvasSvg, drawingBounds } from '$lib/canvas/svg';
import { unavailable } from '$lib/data/errors';
import { getExportCanvas } from '$lib/data/report';
import { TEMPLATES } from '$lib/domain/templates';
import { m } from '$lib/i18n';
import { requireMembership } from './membership';

/**
 * A canvas drawn for export, for any member of its workshop (participants and
 * observers too: they see the canvas live anyway). Not a member, or no such
 * canvas in this workshop: 404, as the canvas page answers.
 */
export async function drawCanvas(locals: App.Locals, workshopId: string, canvasId: string, url: URL) {
	await requireMembership(locals, workshopId, url);
	const canvas = await getExportCanvas(locals.supabase, workshopId, canvasId).catch((failure) => unavailable(failure, m.errors.unavailable));
	if (!canvas) error(404, m.workshops.page.notFound);
	const template = TEMPLATES[canvas.template] ?? TEMPLATES.blank;
	const text = m.templates[template.id];
	const svg = canvasSvg({
		title: canvas.title,
		template,
		notes: canvas.notes,
		blockTitle: (id) => text.blocks[id]?.title ?? id,
		dimensionName: (d) => m.dimensions[d].name,
		emptyText: m.report.noNotes
	});
	const bounds = drawingBounds(template, canvas.notes);
	return { canvas, svg, width: bounds.w, height: bounds.h };
}
