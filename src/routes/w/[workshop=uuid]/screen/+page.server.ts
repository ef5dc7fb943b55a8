import { qrPath } from '$lib/server/qr';
import type { PageServerLoad } from './$types';

/** The join link and its QR code for the projector; the layout has already checked membership. */
export const load = (async ({ parent, url }) => {
	const { workshopSummary } = await parent();
	const joinUrl = `${url.origin}/join/${workshopSummary.joinCode}`;
	return { joinUrl, qr: qrPath(joinUrl) };
}) satisfies PageServerLoad;
