/**
 * Safety and batching defaults of the realtime server, each with its reason.
 * Override any of them per server (RealtimeOptions) in tests and benchmarks.
 */
export const LIMITS = {
	/** Largest message accepted; a bigger frame closes that connection (1009). A canvas
	 * edit is bytes to kilobytes; a first sync of a large canvas stays well under this. */
	maxMessageBytes: 1024 * 1024,
	/** Token bucket per connection: sustained messages per second and burst size.
	 * Awareness at 10 Hz plus fast typing fits; a flood closes the connection (1008),
	 * and the client's reconnect resyncs, so nothing is lost. */
	messagesPerSecond: 100,
	messageBurst: 300,
	/** A connection whose unsent output passes this is too slow to keep up; it is
	 * closed rather than letting the server's memory grow without bound. */
	maxBufferedBytes: 16 * 1024 * 1024,
	/** Awareness (cursors, presence) is merged per room and sent once per tick, as one
	 * buffer for every connection, instead of relaying every message to everyone. */
	awarenessTickMs: 50,
	/** Updates are written to Postgres in one batch per tick (all rooms), or sooner
	 * when a room has this many waiting: the durability window is one tick. */
	persistIntervalMs: 250,
	persistMaxUpdates: 100,
	/** After this many stored batches a room is compacted into one snapshot. */
	compactAfterBatches: 200,
	/** The notes projection is rewritten at most this often per canvas. */
	projectionIntervalMs: 1000,
	/** A room with no connection is saved and unloaded after this grace period,
	 * so a quick reconnect does not reload it. */
	unloadAfterMs: 2000
};

export type Limits = typeof LIMITS;
