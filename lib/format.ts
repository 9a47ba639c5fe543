// How Muster writes durations, time windows, dates, counts and phone links: once, for every screen.
export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const DAY_MS = MINUTES_PER_DAY * MINUTE_MS;

// Hours read better than minutes from two hours up ("2 h", not "120 min"), and days from two days
// up; below that the plan itself counts in minutes ("15-60 minutes") and hours ("24 hours").
const HOURS_FROM_MINUTES = 2 * MINUTES_PER_HOUR;
const DAYS_FROM_MINUTES = 2 * MINUTES_PER_DAY;

/** 15 → "15 min", 60 → "1 h", 90 → "1 h 30 min", 1440 → "24 h", 10080 → "7 days". */
export function formatMinutes(minutes: number): string {
  if (minutes >= DAYS_FROM_MINUTES && minutes % MINUTES_PER_DAY === 0) return `${minutes / MINUTES_PER_DAY} days`;
  if (minutes < MINUTES_PER_HOUR) return `${minutes} min`;
  const hours = Math.floor(minutes / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

function windowUnit(bounds: number[]): { size: number; suffix: string } {
  const last = Math.max(...bounds);
  const whole = (size: number) => bounds.every((bound) => bound % size === 0);
  if (last >= DAYS_FROM_MINUTES && whole(MINUTES_PER_DAY)) return { size: MINUTES_PER_DAY, suffix: "days" };
  if (last >= HOURS_FROM_MINUTES && whole(MINUTES_PER_HOUR)) return { size: MINUTES_PER_HOUR, suffix: "h" };
  return { size: 1, suffix: "min" };
}

/**
 * A time window or range in one unit, as the plan writes them: (0, 15) → "0–15 min", (0, 120) → "0–2 h",
 * (1440, 10080) → "1–7 days"; open-ended (60, null) → "60+ min". Null when there is no window.
 */
export function formatMinuteRange(startMinutes: number | null, endMinutes: number | null): string | null {
  if (startMinutes === null) return endMinutes === null ? null : `up to ${formatMinutes(endMinutes)}`;
  if (endMinutes === null) {
    const { size, suffix } = windowUnit([startMinutes]);
    return `${startMinutes / size}+ ${suffix}`;
  }
  const { size, suffix } = windowUnit([startMinutes, endMinutes]);
  return `${startMinutes / size}–${endMinutes / size} ${suffix}`;
}

/** A runbook phase's window: "0–15 min" from detection, or "0–2 h after recovery"; null without one. */
export function formatPhaseWindow(phase: {
  windowStartMinutes: number | null;
  windowEndMinutes: number | null;
  windowAnchor: "detection" | "recovery";
}): string | null {
  const range = formatMinuteRange(phase.windowStartMinutes, phase.windowEndMinutes);
  if (!range) return null;
  return phase.windowAnchor === "recovery" ? `${range} after recovery` : range;
}

// Dates are written by hand, in UTC and as en-GB writes them ("5 Sept 2026, 07:03"), rather than
// with Intl: the server and every browser then write the same text whatever ICU data each has, and
// a phone opening the war room is spared building formatters (tens of milliseconds on a slow one).
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const twoDigits = (value: number) => String(value).padStart(2, "0");

/** "14:32" (UTC), or "14:32:05" with `seconds`. */
export function formatClockTime(date: Date, { seconds = false } = {}): string {
  const minutes = `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`;
  return seconds ? `${minutes}:${twoDigits(date.getUTCSeconds())}` : minutes;
}

/** "25 Nov, 14:32" (UTC), or "25 Nov, 14:32:05" with `seconds`. */
export function formatDateAndTime(date: Date, options: { seconds?: boolean } = {}): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}, ${formatClockTime(date, options)}`;
}

/** "25 Nov 2026". */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The UTC day as ISO 8601 writes it, "2026-11-25": for text machines and people both read. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar month written as "2026-07": "Jul 2026". */
export function formatMonth(month: string): string {
  const [year, monthOfYear] = month.split("-").map(Number);
  return `${MONTHS[monthOfYear - 1]} ${year}`;
}

/** Whole minutes from `from` to `to`, rounded, as the recovery clocks count them. */
export function minutesBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / MINUTE_MS);
}

/** Whole calendar days (UTC) from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  const day = (date: Date) => Math.floor(date.getTime() / DAY_MS);
  return day(to) - day(from);
}

// Made on first use: few pages write relative days, and a formatter is costly to build.
let relativeFormat: Intl.RelativeTimeFormat | undefined;

/** "today", "tomorrow", "in 12 days", "3 days ago". */
export function formatRelativeDays(date: Date, now: Date): string {
  return (relativeFormat ??= new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" })).format(daysBetween(now, date), "day");
}

/** 1 → "1 service", 14 → "14 services". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A share from 0 to 1 as a whole percentage: 0.8333 → "83 %" (a no-break space: never split). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}\u00a0%`;
}

/** A tel: link dialable from a phone: "+1-555-0101" → "tel:+15550101". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
