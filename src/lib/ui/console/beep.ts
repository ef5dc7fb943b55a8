/**
 * A short beep through WebAudio for the timer at zero. The context is made on
 * the facilitator's tap (browsers let audio start only after a gesture) and
 * kept, so the beep can sound later without one.
 */
let context: AudioContext | null = null;

/** Call from the tap that turns the sound on. */
export function prepareBeep() {
	context ??= new AudioContext();
	void context.resume();
}

export function beep(durationMs = 400, frequency = 880) {
	if (!context) return;
	const oscillator = context.createOscillator();
	const gain = context.createGain();
	oscillator.frequency.value = frequency;
	// A quick fade in and out: a hard start or stop clicks.
	const now = context.currentTime;
	gain.gain.setValueAtTime(0, now);
	gain.gain.linearRampToValueAtTime(0.3, now + 0.02);
	gain.gain.linearRampToValueAtTime(0, now + durationMs / 1000);
	oscillator.connect(gain).connect(context.destination);
	oscillator.start(now);
	oscillator.stop(now + durationMs / 1000 + 0.05);
}
