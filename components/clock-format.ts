// How the incident screens write their clocks: countdowns to an RTO deadline, time since
// detection, and times of day on the timeline.
import { formatClockTime, formatDateAndTime, formatMinutes, MINUTE_MS, SECOND_MS } from "@/lib/format";

/** An RTO clock turns amber once less than a quarter of the RTO is left: time to escalate. */
const RTO_WARNING_SHARE = 0.25;

/** Seconds show only this close to a deadline, where they change what someone does next. */
const SECONDS_SHOWN_UNDER_MS = 10 * MINUTE_MS;

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * How long something has run, in whole minutes: "17 min", "1 h 05 min", and from a day up
 * "2 d 3 h". Every incident clock reads this way; negative reads as zero.
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE_MS);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${pad(minutes % 60)} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** Time left to a deadline: as formatDuration, with seconds in its last minutes ("4 min 12 s"). */
export function formatCountdown(ms: number): string {
  const left = Math.max(0, ms);
  if (left >= SECONDS_SHOWN_UNDER_MS) return formatDuration(left);
  const seconds = Math.floor(left / SECOND_MS);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${pad(seconds % 60)} s` : `${seconds} s`;
}

/** What has passed, for an event: "just now", "5 min ago", "1 h 05 min ago". */
export function formatMinutesAgo(ms: number): string {
  return ms < MINUTE_MS ? "just now" : `${formatDuration(ms)} ago`;
}

export type RtoTone = "calm" | "warning" | "breached";

/** How close an unrestored service is to its RTO deadline. */
export function rtoTone(detectedAt: number, deadline: number, now: number): RtoTone {
  const left = deadline - now;
  if (left <= 0) return "breached";
  return left < (deadline - detectedAt) * RTO_WARNING_SHARE ? "warning" : "calm";
}

/** "42 min left", "4 min 12 s left", "Breached 5 min ago". */
export function describeRtoClock(deadline: number, now: number): string {
  const left = deadline - now;
  if (left > 0) return `${formatCountdown(left)} left`;
  const ago = formatMinutesAgo(-left);
  return ago === "just now" ? "Breached just now" : `Breached ${ago}`;
}

/** How long a finished interval took, read like the clocks: "42 min", "1 h 05 min". */
export function formatSpan(fromMs: number, toMs: number): string {
  return formatDuration(toMs - fromMs);
}

/** The measured data-loss window: "no data lost", "4 min of data lost". */
export function describeDataLoss(minutes: number): string {
  return minutes === 0 ? "no data lost" : `${formatMinutes(minutes)} of data lost`;
}

/** "14:32" (UTC): the team is spread across time zones, and the server's first render must match the browser's. */
export function formatTimeOfDay(iso: string): string {
  return formatClockTime(new Date(iso));
}

/** A datetime-local input's value: the browser's local time, to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an instant; what the browser cannot read goes to the schema as typed, to be refused in words. */
export function instantOf(local: string): string | null {
  if (local.trim() === "") return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** "25 Nov, 14:32" (UTC). */
export function formatDateTime(iso: string): string {
  return formatDateAndTime(new Date(iso));
}
