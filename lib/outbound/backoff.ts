// Retries of outgoing messages: 1 s, 2 s, 4 s … doubling up to 5 min, given up after 10 attempts
// (about 15 minutes in all: long enough to ride out a receiver's restart, short enough that a
// page is still worth delivering).
export const MAX_ATTEMPTS = 10;
const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 5 * 60_000;

/** The delay before the next attempt, after `attempts` failed ones. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** (attempts - 1), LONGEST_DELAY_MS);
}
