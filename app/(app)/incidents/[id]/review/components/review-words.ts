// The review's figures in words, the same on the page and in the exported document.
import { describeDataLoss, formatTimeOfDay } from "@/components/clock-format";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import { formatCount, formatDate, formatMinutes } from "@/lib/format";
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import type { ServiceOutcome, Verdict } from "@/lib/reviews/outcomes";

const WHOLE = new Intl.NumberFormat("en-GB");
const AMOUNT = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const VERDICT_LABELS: Record<Verdict, string> = { met: "Met", missed: "Missed", not_recorded: "Not recorded" };

/** A success criterion's score. */
export function scoreLabel(met: boolean | null): string {
  if (met === null) return "Not scored";
  return met ? "Met" : "Not met";
}

/** "25 Nov 2026, 14:32" (UTC): a review looks back over days, so the date carries its year. */
export function formatReviewTime(at: string | Date): string {
  const date = new Date(at);
  return `${formatDate(date)}, ${formatTimeOfDay(date.toISOString())}`;
}

export function durationText(minutes: number | null): string {
  return minutes === null ? "Not recorded" : formatMinutes(minutes);
}

export function recoveryText({ recoveryMinutes }: Pick<ServiceOutcome, "recoveryMinutes">): string {
  return recoveryMinutes === null ? "Not marked restored" : `Recovered in ${formatMinutes(recoveryMinutes)}`;
}

export function dataLossText({ dataLossMinutes }: Pick<ServiceOutcome, "dataLossMinutes">): string {
  if (dataLossMinutes === null) return "Data loss not recorded";
  const lost = describeDataLoss(dataLossMinutes);
  return lost.charAt(0).toUpperCase() + lost.slice(1);
}

type Impact = { downtimeMinutes: number | null; usersAffected: number | null; estimatedCost: number | null };

/** The business impact, each figure in words; null where it was not recorded. */
export function impactDetails({ downtimeMinutes, usersAffected, estimatedCost }: Impact): { label: string; value: string | null }[] {
  return [
    { label: "Downtime", value: downtimeMinutes === null ? null : formatMinutes(downtimeMinutes) },
    { label: "Users affected", value: usersAffected === null ? null : WHOLE.format(usersAffected) },
    { label: "Estimated cost", value: estimatedCost === null ? null : AMOUNT.format(estimatedCost) },
  ];
}

type Scored = { met: boolean | null; suggestion: { met: boolean; reason: string } | null; confirmation: { by: string | null; at: string | Date; suggestedMet: boolean | null } | null };

/** "Suggested: not met, because Core API was restored in 1 h 10 min against a 1 h RTO". */
export function suggestionText({ suggestion }: Pick<Scored, "suggestion">): string {
  return suggestion ? `Suggested: ${scoreLabel(suggestion.met).toLowerCase()}, because ${suggestion.reason}` : "No suggestion: the figures do not measure this";
}

/** Whether the commander confirmed the score, or overrode what the figures suggested. */
export function confirmationText({ met, confirmation }: Pick<Scored, "met" | "confirmation">): string {
  if (!confirmation) return "Not confirmed yet";
  const who = confirmation.by ?? "a former user";
  const when = `${formatReviewTime(confirmation.at)} UTC`;
  if (confirmation.suggestedMet !== null && confirmation.suggestedMet !== met) {
    return `Overridden by ${who}, ${when} (the figures suggested ${scoreLabel(confirmation.suggestedMet).toLowerCase()})`;
  }
  return `Confirmed by ${who}, ${when}`;
}

/** What someone did in the incident: "Incident commander · ticked 3 steps · attended the review". */
export function participationText(
  { roles, stepsTicked, attended }: { roles: readonly IncidentRole[]; stepsTicked: number; attended: boolean },
): string {
  return [
    ...roles.map((role) => INCIDENT_ROLE_LABELS[role]),
    stepsTicked && `ticked ${formatCount(stepsTicked, "step")}`,
    attended && "attended the review",
  ]
    .filter(Boolean)
    .join(" · ");
}
