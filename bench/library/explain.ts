/**
 * The plan of each measured query, as the anon role with RLS on: the SQL the
 * library's functions run inside (their EXECUTE statements) is shown by
 * auto_explain (log_nested_statements, log_analyze, log_buffers: the output of
 * EXPLAIN (ANALYZE, BUFFERS)), sent to this connection as LOG notices. The
 * outer statement is the call PostgREST makes for supabase-js's rpc: the
 * function with named arguments.
 */
import type pg from 'pg';

export interface Plan {
	/** Each statement's plan, outermost last, as auto_explain printed it. */
	text: string;
	/** Indexes the plans read (Index Scan, Index Only Scan, Bitmap Index Scan). */
	indexes: string[];
	/** Tables read whole (Seq Scan). */
	seqScans: string[];
}

/** Runs `sql` with `params` once as anon inside a transaction that is rolled back, and returns its plans. */
export async function explainAsAnon(pool: pg.Pool, sql: string, params: unknown[]): Promise<Plan> {
	const client = await pool.connect();
	const notices: string[] = [];
	const onNotice = (notice: { message?: string }) => {
		if (notice.message?.startsWith('duration:')) notices.push(notice.message);
	};
	client.on('notice', onNotice);
	try {
		// LOAD and the auto_explain settings need the superuser; then the role drops to anon.
		await client.query(`load 'auto_explain'`);
		await client.query(`set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on; set auto_explain.log_buffers = on;
			set auto_explain.log_nested_statements = on; set auto_explain.log_timing = on; set client_min_messages = log`);
		await client.query('begin');
		await client.query(`set local role anon; set local request.jwt.claims = '{"role":"anon"}'`);
		notices.length = 0;
		await client.query(sql, params);
		await client.query('rollback');
	} finally {
		client.off('notice', onNotice);
		await client.query('reset client_min_messages; reset auto_explain.log_min_duration').catch(() => {});
		client.release();
	}
	const text = notices.map((n) => n.replace(/^duration: [\d.]+ ms\s+plan:\n/, '')).join('\n\n');
	const indexes = [...text.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g)].map((m) => m[1]);
	const seqScans = [...text.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]);
	return { text, indexes: [...new Set(indexes)], seqScans: [...new Set(seqScans)] };
}
