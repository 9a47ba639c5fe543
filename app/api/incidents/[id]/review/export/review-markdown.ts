// The review as a Markdown document to keep with the incident's records: the same figures and
// words as the review page, every piece of user text escaped.
import { describeEvent } from "@/app/(app)/incidents/[id]/components/describe-event";
import {
  dataLossText,
  durationText,
  formatReviewTime,
  impactDetails,
  recoveryText,
  scoreLabel,
  VERDICT_LABELS,
} from "@/app/(app)/incidents/[id]/review/components/review-words";
import { ACTION_ITEM_PRIORITY_LABELS, ACTION_ITEM_STATUS_LABELS } from "@/components/action-item-badges";
import { SEVERITY_LABELS } from "@/lib/incidents/state-machine";
import { isOverdue } from "@/lib/action-items/overdue";
import { formatDate, formatMinutes } from "@/lib/format";
import { STATE_LABELS } from "@/lib/incidents/state-machine";
import { markdownBlock, markdownText } from "@/lib/markdown";
import type { ReviewDetailView } from "@/lib/reviews/present";
import type { ServiceOutcome, Verdict } from "@/lib/reviews/outcomes";
import { keyEvents } from "@/lib/reviews/timeline";
import type { IncidentEvent } from "@/lib/timeline/types";

function section(title: string, lines: string[]): string {
  return `## ${title}\n\n${lines.join("\n")}\n`;
}

function note(text: string | null): string[] {
  return [text ? markdownBlock(text) : "_Nothing recorded._"];
}

function eventLines(events: IncidentEvent[], all: IncidentEvent[], pinned: Set<number>): string[] {
  const bySeq = new Map(all.map((event) => [event.seq, event]));
  return events.map((event) => {
    const { text, detail, body } = describeEvent(event, (seq) => bySeq.get(seq));
    const extra = [detail, body && `“${body}”`].filter(Boolean).join(" · ");
    return `- ${formatReviewTime(event.at)} UTC: ${markdownText(text)}${extra ? ` (${markdownText(extra)})` : ""}${pinned.has(event.seq) ? " **Pinned**" : ""}`;
  });
}

function verdict(value: Verdict): string {
  return value === "not_recorded" ? "" : ` (${VERDICT_LABELS[value].toLowerCase()})`;
}

/** "- Core API: RTO target 1 h, recovered in 1 h 10 min (missed); RPO target 15 min, 30 min of data lost (missed)". */
function serviceLine(service: ServiceOutcome): string {
  const rto = `RTO target ${formatMinutes(service.rtoTargetMinutes)}, ${recoveryText(service).toLowerCase()}${verdict(service.rto)}`;
  const rpo = `RPO target ${formatMinutes(service.rpoTargetMinutes)}, ${dataLossText(service).toLowerCase()}${verdict(service.rpo)}`;
  return `- ${markdownText(service.name)}: ${rto}; ${rpo}`;
}

export function reviewMarkdown({ incident, review, durations, services, events, pinnedSeqs }: ReviewDetailView, now: Date): string {
  const pinned = new Set(pinnedSeqs);
  const facts = [
    `- Severity: ${SEVERITY_LABELS[incident.severity]}${incident.isDrill ? " (drill)" : ""}`,
    `- State: ${STATE_LABELS[incident.state]}`,
    incident.scenario && `- Scenario: ${markdownText(incident.scenario.name)}`,
    `- Detected: ${formatReviewTime(incident.detectedAt)} UTC`,
    incident.resolvedAt && `- Resolved: ${formatReviewTime(incident.resolvedAt)} UTC`,
    `- Review due: ${formatReviewTime(review.dueAt)} UTC`,
    `- Review held: ${review.heldAt ? `${formatReviewTime(review.heldAt)} UTC` : "not yet"}`,
  ].filter((line): line is string => !!line);
  const actionItems = review.actionItems.map((item) => {
    const status = ACTION_ITEM_STATUS_LABELS[item.status] + (isOverdue(item, now) ? " (overdue)" : "");
    const due = item.dueDate ? formatDate(item.dueDate) : "Not set";
    return `| ${markdownText(item.title)} | ${markdownText(item.ownerName)} | ${due} | ${status} | ${ACTION_ITEM_PRIORITY_LABELS[item.priority]} |`;
  });
  return [
    `# Post-incident review: #${incident.number} ${markdownText(incident.title)}\n\n${facts.join("\n")}\n`,
    section("Attendees", review.attendees.length ? review.attendees.map((attendee) => `- ${markdownText(attendee.name)}`) : ["_None recorded._"]),
    section(
      "Durations",
      durations.map((duration) => `- ${duration.label} (${duration.from} → ${duration.to}): ${durationText(duration.minutes)}`),
    ),
    section("Services: objectives against what was achieved", services.map(serviceLine)),
    section("Timeline: key and pinned events", eventLines(keyEvents(events, pinnedSeqs), events, pinned)),
    section("Timeline: every event", eventLines(events, events, pinned)),
    section(
      "Success criteria",
      review.criteria.map(
        (criterion) =>
          `- ${criterion.name} (${criterion.description}): ${scoreLabel(criterion.met)}${criterion.note ? `. ${markdownText(criterion.note)}` : ""}`,
      ),
    ),
    section("What went well", note(review.wentWell)),
    section("What could be improved", note(review.couldImprove)),
    section("Documentation updates needed", note(review.documentationUpdates)),
    section(
      "Business impact",
      impactDetails(review).map(({ label, value }) => `- ${label}: ${value ?? "not recorded"}`),
    ),
    section(
      "Action items",
      actionItems.length
        ? ["| Action item | Owner | Due | Status | Priority |", "| --- | --- | --- | --- | --- |", ...actionItems]
        : ["_No action items._"],
    ),
  ].join("\n");
}
