// Durations as the plan as code writes them: "15m", "4h", "1d", "1h30m". The model keeps minutes.
// At least one part: the look-ahead refuses "" (and a bare number, which has no unit).
const DURATION = /^(?=\d)(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,9})m)?$/;

/** The JSON Schema pattern of a duration, so editors check it as Muster does. */
export const DURATION_PATTERN = "^(?=\\d)(?:\\d{1,6}d)?(?:\\d{1,6}h)?(?:\\d{1,9}m)?$";

export const DURATION_REFUSED = 'must be a duration such as "1h"';

/** Whole minutes of a duration such as "1h30m", or null when it is not one. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  const [, days = "0", hours = "0", minutes = "0"] = match;
  return Number(days) * 24 * 60 + Number(hours) * 60 + Number(minutes);
}

/** Minutes as the shortest duration that says them exactly: 90 → "1h30m", 1440 → "1d", 0 → "0m". */
export function formatDuration(totalMinutes: number): string {
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const text = `${days ? `${days}d` : ""}${hours ? `${hours}h` : ""}${minutes ? `${minutes}m` : ""}`;
  return text || "0m";
}
