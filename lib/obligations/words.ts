// A reporting deadline in words, as the war room and the status board show it: calm while it is
// ahead ("Due in 3 h 12 min"), plain once it is past ("Overdue by 2 h 5 min"). Pure, for the browser's clock.
import { deadlineState, type DeadlineState } from "@/lib/obligations/deadlines";
import { formatMinutes, MINUTE_MS, MINUTES_PER_DAY, MINUTES_PER_HOUR } from "@/lib/format";
import type { DeadlineBase } from "@/lib/obligations/types";

/** From two days up, days and hours read better than hours: "27 days 4 h". */
const DAYS_FROM_MINUTES = 2 * MINUTES_PER_DAY;

/** A span to a deadline in whole minutes: "under a minute", "3 h 12 min", "27 days 4 h". */
export function formatSpanToDeadline(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  if (minutes < 1) return "under a minute";
  if (minutes < DAYS_FROM_MINUTES) return formatMinutes(minutes);
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  return hours ? `${days} days ${hours} h` : `${days} days`;
}

export type DeadlineWords = { state: DeadlineState; text: string };

type DeadlineAsShown = { dueAt: string | null; waitingFor: { name: string } | null; report: { reportedAt: string } | null };

export function describeDeadline(deadline: DeadlineAsShown, now: number): DeadlineWords {
  const dueAt = deadline.dueAt === null ? null : Date.parse(deadline.dueAt);
  const reportedAt = deadline.report === null ? null : Date.parse(deadline.report.reportedAt);
  const state = deadlineState({ dueAt, reportedAt }, now);
  switch (state) {
    case "done":
      return { state, text: "Done" };
    case "late":
      return { state, text: `Done, ${formatSpanToDeadline(reportedAt! - dueAt!)} late` };
    case "waiting":
      return { state, text: deadline.waitingFor ? `Starts when the ${deadline.waitingFor.name.toLowerCase()} is recorded` : "Not started" };
    case "due":
      return { state, text: `Due in ${formatSpanToDeadline(dueAt! - now)}` };
    case "overdue":
      return { state, text: `Overdue by ${formatSpanToDeadline(now - dueAt!)}` };
  }
}

const FROM_WORDS: Record<DeadlineBase, string> = {
  clock_start: "of the clock start",
  detection: "of detection",
  previous_report: "of the previous report",
};

/** "Within 4h of the clock start, at most 24h after detection". */
export function describeDeadlineRule({ within, from, atMostAfterDetection }: { within: string; from: DeadlineBase; atMostAfterDetection: string | null }): string {
  const cap = atMostAfterDetection ? `, at most ${periodWords(atMostAfterDetection)} after detection` : "";
  return `Within ${periodWords(within)} ${FROM_WORDS[from]}${cap}`;
}

/** "4h" → "4 h", "72h" → "72 h", "1mo" → "1 month" (calendar). */
export function periodWords(period: string): string {
  const months = /^(\d+)mo$/.exec(period);
  if (months) return `${months[1]} ${months[1] === "1" ? "month" : "months"}`;
  return period.replace(/(\d+)([dhm])/g, (_match, amount: string, unit: string) => `${amount} ${unit === "d" ? (amount === "1" ? "day" : "days") : unit === "h" ? "h" : "min"} `).trim();
}
