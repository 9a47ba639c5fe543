// The review as a Markdown document to keep with the incident's records: the same figures and
// words as the review page, every piece of user text escaped. A drill's is its drill report: what
// it rehearsed, the key events (not every tick), the figures against their targets, the scored
// criteria, findings, action items and who took part.
import { describeEvent } from "@/app/(app)/incidents/[id]/components/describe-event";
import {
  confirmationText,
  dataLossText,
  durationText,
  formatReviewTime,
  impactDetails,
  participationText,
  recoveryText,
  scoreLabel,
  suggestionText,
  VERDICT_LABELS,
} from "@/app/(app)/incidents/[id]/review/components/review-words";
import { ACTION_ITEM_PRIORITY_LABELS, ACTION_ITEM_STATUS_LABELS } from "@/components/action-item-badges";
import { SEVERITY_LABELS } from "@/lib/incidents/state-machine";
import { isOverdue } from "@/lib/action-items/overdue";
import { formatCount, formatDate, formatMinutes } from "@/lib/format";
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

type Criterion = ReviewDetailView["review"]["criteria"][number];

/** "- RTO Achievement (…): Met. Suggested: met, because …. Confirmed by …. Note". */
function criterionLine(criterion: Criterion): string {
  const parts = [
    `${scoreLabel(criterion.met)}`,
    markdownText(suggestionText(criterion)),
    markdownText(confirmationText({ met: criterion.met, confirmation: criterion.confirmation && { ...criterion.confirmation } })),
    criterion.note && markdownText(criterion.note),
  ];
  return `- ${markdownText(criterion.name)} (${markdownText(criterion.description)}): ${parts.filter(Boolean).join(". ")}`;
}

function drillScope(drill: NonNullable<ReviewDetailView["drill"]>): string[] {
  return [
    `- Test: ${markdownText(drill.testType)}`,
    `- Scope: ${markdownText(drill.scope)}`,
    `- Scenario: ${drill.scenario ? markdownText(drill.scenario) : "not named"}`,
    `- Services: ${drill.services.length ? drill.services.map(markdownText).join(", ") : "none named"}`,
  ];
}

function findingLines({ findings, actionItems }: ReviewDetailView["review"]): string[] {
  if (!findings.length) return ["_No findings recorded._"];
  const items = new Map(actionItems.map((item) => [item.id, item]));
  return findings.map((finding, index) => {
    const item = finding.actionItemId ? items.get(finding.actionItemId) : undefined;
    const acted = item ? ` (action item: ${markdownText(item.title)}, ${markdownText(item.ownerName)}, ${ACTION_ITEM_STATUS_LABELS[item.status].toLowerCase()})` : "";
    return `${index + 1}. ${markdownText(finding.text)}${acted}`;
  });
}

export function reviewMarkdown(detail: ReviewDetailView, now: Date): string {
  const { incident, review, drill, durations, services, checklist, participants, events, pinnedSeqs } = detail;
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
  const heading = incident.isDrill ? "Drill report" : "Post-incident review";
  return [
    `# ${heading}: #${incident.number} ${markdownText(incident.title)}\n\n${facts.join("\n")}\n`,
    drill && section("Scope", drillScope(drill)),
    section("Attendees", review.attendees.length ? review.attendees.map((attendee) => `- ${markdownText(attendee.name)}`) : ["_None recorded._"]),
    section(
      "Durations",
      durations.map((duration) => `- ${duration.label} (${duration.from} → ${duration.to}): ${durationText(duration.minutes)}`),
    ),
    section("Services: objectives against what was achieved", [
      ...(services.length ? services.map(serviceLine) : ["_No services affected._"]),
      `- Checklist: ${checklist.done} of ${formatCount(checklist.total, "step")} done`,
    ]),
    section("Timeline: key and pinned events", eventLines(keyEvents(events, pinnedSeqs), events, pinned)),
    // A drill's report keeps to the key events; the review of a real incident keeps the whole record.
    !incident.isDrill && section("Timeline: every event", eventLines(events, events, pinned)),
    section("Success criteria", review.criteria.map(criterionLine)),
    section("Findings", findingLines(review)),
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
    section(
      "Who took part",
      participants.length ? participants.map((person) => `- ${markdownText(person.name)}: ${participationText(person)}`) : ["_No one recorded._"],
    ),
  ]
    .filter((part): part is string => !!part)
    .join("\n");
}
