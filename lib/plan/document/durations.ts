// Durations as the plan writes them ("15 minutes", "1 hour", "1-4 hours", "2+ hours") and back.
const UNITS: { minutes: number; singular: string; plural: string; pattern: RegExp }[] = [
  { minutes: 24 * 60, singular: "day", plural: "days", pattern: /^days?$/ },
  { minutes: 60, singular: "hour", plural: "hours", pattern: /^(hours?|hrs?|h)$/ },
  { minutes: 1, singular: "minute", plural: "minutes", pattern: /^(minutes?|mins?|m)$/ },
];

/** The largest unit every bound is a whole number of ("1-4 hours", "30-120 minutes" only when asked). */
function unitFor(bounds: number[], largest: number) {
  return UNITS.find((unit) => unit.minutes <= largest && bounds.every((bound) => bound % unit.minutes === 0)) ?? UNITS[2];
}

/** "15 minutes", "1 hour", "1 day"; never a larger unit than `largest` minutes. */
export function durationWords(minutes: number, largest = 24 * 60): string {
  const unit = unitFor([minutes], largest);
  const count = minutes / unit.minutes;
  return `${count} ${count === 1 ? unit.singular : unit.plural}`;
}

/** "1-4 hours", "0-15 minutes", "60+ minutes" (no end). */
export function rangeWords(start: number, end: number | null, largest = 24 * 60): string {
  if (end === null) {
    const unit = unitFor([start], largest);
    return `${start / unit.minutes}+ ${unit.plural}`;
  }
  const unit = unitFor([start, end], largest);
  return `${start / unit.minutes}-${end / unit.minutes} ${unit.plural}`;
}

function unitMinutes(word: string): number | null {
  const lower = word.toLowerCase();
  return UNITS.find((unit) => unit.pattern.test(lower))?.minutes ?? null;
}

/** Minutes in "15 min", "2 hours", "1 day"; null when the text is no duration. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text);
  const unit = match && unitMinutes(match[2]);
  return match && unit ? Math.round(Number(match[1]) * unit) : null;
}

/** Start and end in "1-4 hours", "30 minutes-2 hours", "60+ minutes" (end null); null when no range. */
export function parseRange(text: string): { start: number; end: number | null } | null {
  const open = /^\s*(\d+)\s*\+\s*([a-z]+)\s*$/i.exec(text);
  if (open) {
    const unit = unitMinutes(open[2]);
    return unit ? { start: Number(open[1]) * unit, end: null } : null;
  }
  const match = /^\s*(\d+)\s*([a-z]*)\s*[-–]\s*(\d+)\s*([a-z]+)\s*$/i.exec(text);
  if (!match) return null;
  const endUnit = unitMinutes(match[4]);
  const startUnit = match[2] ? unitMinutes(match[2]) : endUnit;
  return startUnit && endUnit ? { start: Number(match[1]) * startUnit, end: Number(match[3]) * endUnit } : null;
}
