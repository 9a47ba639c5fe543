// How the incident screens write their clocks: countdowns to an RTO deadline, time since
// detection, and times of day on the timeline.
import { formatDateAndTime, formatMinutes, MINUTE_MS, SECOND_MS } from "@/lib/format";

/** An RTO clock turns amber once less than a quarter of the RTO is left: time to escalate. */
const RTO_WARNING_SHARE = 0.25;

const pad = (value: number) => String(value).padStart(2, "0");

/** A stopwatch reading: 2_533_000 → "42:13", 4_333_000 → "1:12:13". Negative reads as zero. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / SECOND_MS));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** Whole minutes, for what has passed: "just now", "5 min", "1 h 12 min". */
export function formatMinutesAgo(ms: number): string {
  const minutes = Math.floor(ms / MINUTE_MS);
  return minutes < 1 ? "just now" : `${formatMinutes(minutes)} ago`;
}

export type RtoTone = "calm" | "warning" | "breached";

/** How close an unrestored service is to its RTO deadline. */
export function rtoTone(detectedAt: number, deadline: number, now: number): RtoTone {
  const left = deadline - now;
  if (left <= 0) return "breached";
  return left < (deadline - detectedAt) * RTO_WARNING_SHARE ? "warning" : "calm";
}

/** "42:13 left", "Breached 5 min ago". */
export function describeRtoClock(deadline: number, now: number): string {
  const left = deadline - now;
  if (left > 0) return `${formatClock(left)} left`;
  const ago = formatMinutesAgo(-left);
  return ago === "just now" ? "Breached just now" : `Breached ${ago}`;
}

/** Whole hours and minutes between two instants, for a finished interval: "42 min", "1 h 5 min". */
export function formatSpan(fromMs: number, toMs: number): string {
  return formatMinutes(Math.max(0, Math.round((toMs - fromMs) / MINUTE_MS)));
}

/** The measured data-loss window: "no data lost", "4 min of data lost". */
export function describeDataLoss(minutes: number): string {
  return minutes === 0 ? "no data lost" : `${formatMinutes(minutes)} of data lost`;
}

// Incident times are written in UTC: the team is spread across time zones, and the server's first
// render must match the browser's.
const TIME_OF_DAY = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "14:32" (UTC). */
export function formatTimeOfDay(iso: string): string {
  return TIME_OF_DAY.format(new Date(iso));
}

/** A datetime-local input's value: the browser's local time, to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "25 Nov, 14:32" (UTC). */
export function formatDateTime(iso: string): string {
  return formatDateAndTime(new Date(iso));
}
