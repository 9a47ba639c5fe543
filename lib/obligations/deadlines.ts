// When each report of a reporting obligation falls due, worked out from the incident's detection,
// the obligation's clock start and the reports already made. Pure: the caller passes the moments,
// and the browser's clock decides only whether a deadline is still ahead.
import { parseDuration } from "@/lib/plan/code/duration";
import { DAY_MS, MINUTE_MS } from "@/lib/format";
import { addMonths } from "@/lib/plan/calendar";
import type { DeadlineBase, DeadlineRule } from "@/lib/obligations/types";

/** A length of time: minutes, or calendar months (a month after 31 January is 28 or 29 February). */
export type Period = { minutes: number } | { months: number };

const MONTHS = /^([1-9]\d{0,2})mo$/;

/** "4h", "72h", "1d12h" or "1mo" as a period; null when it is none (or zero). */
export function parsePeriod(text: string): Period | null {
  const months = MONTHS.exec(text);
  if (months) return { months: Number(months[1]) };
  const minutes = parseDuration(text);
  return minutes ? { minutes } : null;
}

/** `from` plus the period; months are counted on the calendar (UTC), the day kept or the month's last, at the same time of day. */
export function addPeriod(from: Date, period: Period): Date {
  if ("minutes" in period) return new Date(from.getTime() + period.minutes * MINUTE_MS);
  return new Date(addMonths(from, period.months).getTime() + (from.getTime() % DAY_MS));
}

export type ObligationClock = {
  detectedAt: Date;
  /** Classification or detection, as the obligation says. */
  clockStartedAt: Date;
};

export type RecordedReport = { deadlineKey: string; reportedAt: Date; reference: string | null };

export type ScheduledDeadline = DeadlineRule & {
  /** Null while the report it counts from is still to be made. */
  dueAt: Date | null;
  /** The "at most … after detection" cap set the due time, not the deadline's own length. */
  cappedByDetection: boolean;
  /** The deadline whose report this one waits for, while it waits. */
  waitingFor: { key: string; name: string } | null;
  report: RecordedReport | null;
};

function baseOf(from: DeadlineBase, clock: ObligationClock, previousReport: RecordedReport | null | undefined): Date | null {
  if (from === "clock_start") return clock.clockStartedAt;
  if (from === "detection") return clock.detectedAt;
  return previousReport?.reportedAt ?? null;
}

/**
 * Every deadline with its due time. One counted from the previous report starts when that report
 * is recorded, and moves with the moment the report says it was made.
 */
export function scheduleDeadlines(clock: ObligationClock, rules: readonly DeadlineRule[], reports: readonly RecordedReport[]): ScheduledDeadline[] {
  const reportOf = (key: string) => reports.find((report) => report.deadlineKey === key) ?? null;
  return rules.map((rule, index) => {
    const previous = index > 0 ? rules[index - 1] : null;
    const base = baseOf(rule.from, clock, previous && reportOf(previous.key));
    const report = reportOf(rule.key);
    const waitingFor = base === null && previous ? { key: previous.key, name: previous.name } : null;
    if (base === null) return { ...rule, dueAt: null, cappedByDetection: false, waitingFor, report };
    const due = addPeriod(base, parsePeriod(rule.within)!);
    const cap = rule.atMostAfterDetection === null ? null : addPeriod(clock.detectedAt, parsePeriod(rule.atMostAfterDetection)!);
    const capped = cap !== null && cap < due;
    return { ...rule, dueAt: capped ? cap : due, cappedByDetection: capped, waitingFor: null, report };
  });
}

export type DeadlineState = "done" | "late" | "waiting" | "due" | "overdue";

/** Where a deadline stands at `now` (ms): reported (on time or late), waiting for the report before, ahead, or past. */
export function deadlineState({ dueAt, reportedAt }: { dueAt: number | null; reportedAt: number | null }, now: number): DeadlineState {
  if (reportedAt !== null) return dueAt !== null && reportedAt > dueAt ? "late" : "done";
  if (dueAt === null) return "waiting";
  return now < dueAt ? "due" : "overdue";
}
