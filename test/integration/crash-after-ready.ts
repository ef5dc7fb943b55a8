/**
 * Preloaded into the app by app-lifecycle.test.ts (`node --import`): once the
 * app says it is ready, a timer throws (CRASH=exception) or a promise rejects
 * with nobody to catch it (CRASH=rejection), as a bug would.
 */
const log = console.log.bind(console);
console.log = (...args: unknown[]) => {
	log(...args);
	if (!String(args[0]).includes('ready at')) return;
	setTimeout(() => {
		if (process.env.CRASH === 'rejection') void Promise.reject(new Error('a rejection nobody handles (test)'));
		else throw new Error('a bug after ready (test)');
	}, 100);
};

export {};
