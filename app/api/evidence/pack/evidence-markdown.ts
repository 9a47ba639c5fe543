// The evidence pack's report: a period's drills and incidents against their objectives, the
// success criteria scored, the action items, the backup verification record and the plan versions
// in force, with each timeline's chain status. Every piece of user text is escaped.
import { dataLossText, formatReviewTime, recoveryText, scoreLabel, VERDICT_LABELS } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { ACTION_ITEM_STATUS_LABELS } from "@/components/action-item-badges";
import type { EvidenceIncidentView, EvidenceLedgerView } from "@/lib/evidence/present";
import { HASH_CHAIN_RULE } from "@/lib/evidence/present";
import { chainWords } from "@/lib/evidence/words";
import { formatDate, formatMinutes } from "@/lib/format";
import { SEVERITY_LABELS, STATE_LABELS } from "@/lib/incidents/state-machine";
import { markdownText } from "@/lib/markdown";

function section(title: string, lines: string[]): string {
  return `## ${title}\n\n${lines.join("\n")}\n`;
}

const table = (head: string[], rows: string[][]) => [
  `| ${head.join(" | ")} |`,
  `| ${head.map(() => "---").join(" | ")} |`,
  ...rows.map((row) => `| ${row.join(" | ")} |`),
];

function incidentBlock(incident: EvidenceIncidentView): string {
  const label = incident.isDrill ? `Drill #${incident.number}` : `Incident #${incident.number}`;
  const facts = [
    incident.drill && `- Recovery test: ${markdownText(incident.drill.testType)}`,
    incident.scenario && `- Scenario: ${markdownText(incident.scenario)}`,
    `- Severity: ${SEVERITY_LABELS[incident.severity]}; state: ${STATE_LABELS[incident.state]}`,
    `- Detected: ${formatReviewTime(incident.detectedAt)} UTC${incident.resolvedAt ? `; resolved: ${formatReviewTime(incident.resolvedAt)} UTC` : ""}`,
    `- Timeline: ${chainWords(incident.chain)}`,
  ].filter((line): line is string => !!line);
  const services = incident.services.length
    ? table(
        ["Service", "RTO target", "Recovery", "RTO", "RPO target", "Data loss", "RPO"],
        incident.services.map((service) => [
          markdownText(service.name),
          formatMinutes(service.rtoTargetMinutes),
          recoveryText(service),
          VERDICT_LABELS[service.rto],
          formatMinutes(service.rpoTargetMinutes),
          dataLossText(service),
          VERDICT_LABELS[service.rpo],
        ]),
      )
    : ["_No services affected._"];
  const review = incident.review;
  const criteria = review
    ? review.criteria.map((criterion) => `- ${markdownText(criterion.name)}: ${scoreLabel(criterion.met)}${criterion.note ? `. ${markdownText(criterion.note)}` : ""}`)
    : ["_Not reviewed yet._"];
  const actionItems = review?.actionItems.length
    ? table(
        ["Action item", "Owner", "Due", "State"],
        review.actionItems.map((item) => [
          markdownText(item.title),
          markdownText(item.ownerName),
          item.dueDate ? formatDate(item.dueDate) : "Not set",
          ACTION_ITEM_STATUS_LABELS[item.status] + (item.completedAt ? ` ${formatDate(item.completedAt)}` : ""),
        ]),
      )
    : ["_No action items._"];
  return [
    `### ${label}: ${markdownText(incident.title)}\n\n${facts.join("\n")}\n`,
    `${services.join("\n")}\n`,
    `Success criteria:\n\n${criteria.join("\n")}\n`,
    `Action items:\n\n${actionItems.join("\n")}\n`,
  ].join("\n");
}

export function evidenceMarkdown(ledger: EvidenceLedgerView): string {
  const all = [...ledger.drills, ...ledger.incidents];
  const broken = all.filter((incident) => !incident.chain.intact);
  const summary = [
    `- ${ledger.drills.length === 1 ? "1 drill" : `${ledger.drills.length} drills`} and ${ledger.incidents.length === 1 ? "1 incident" : `${ledger.incidents.length} incidents`}`,
    `- ${ledger.backupVerifications.length} backup verifications recorded, ${ledger.backupVerifications.filter((record) => !record.succeeded).length} of them failed`,
    broken.length
      ? `- Timelines: ${broken.length} of ${all.length} fail their hash chain (${broken.map((incident) => `#${incident.number}`).join(", ")})`
      : `- Timelines: all ${all.length} match their hash chains`,
  ];
  const verifications = ledger.backupVerifications.length
    ? table(
        ["Performed (UTC)", "Check", "Backup", "Result", "Restore point (UTC)", "Recorded by"],
        ledger.backupVerifications.map((record) => [
          formatReviewTime(record.performedAt),
          `${markdownText(record.check.cadence)}: ${markdownText(record.check.activity)}`,
          record.backup ? markdownText(record.backup.name) : "—",
          (record.succeeded ? "Succeeded" : "Failed") + (record.notes ? `. ${markdownText(record.notes)}` : ""),
          record.restorePointAt ? formatReviewTime(record.restorePointAt) : "—",
          record.recordedBy ? markdownText(record.recordedBy) : "A backup job",
        ]),
      )
    : ["_No backup verification recorded in the period._"];
  const versions = table(
    ["Version", "Since", "Change"],
    ledger.planVersions.map((entry) => [
      entry.version,
      formatDate(entry.since),
      entry.change ? `${markdownText(entry.change.label || entry.change.kind)}${entry.change.note ? `: ${markdownText(entry.change.note)}` : ""} (${markdownText(entry.change.by)})` : "As adopted",
    ]),
  );
  return [
    `# Evidence pack: ${formatDate(new Date(ledger.period.from))} to ${formatDate(new Date(ledger.period.to))}\n\nWritten ${formatReviewTime(ledger.generatedAt)} UTC from Muster's records.\n`,
    section("Summary", summary),
    section("Drills", ledger.drills.length ? ledger.drills.map(incidentBlock) : ["_No drill in the period._"]),
    section("Incidents", ledger.incidents.length ? ledger.incidents.map(incidentBlock) : ["_No incident in the period._"]),
    section("Backup verifications", verifications),
    section("Plan versions in force", versions),
    section("Checking the timelines", [
      HASH_CHAIN_RULE,
      "",
      "The records in this pack carry every event with its hash. `npm run evidence:verify -- <pack file>` checks them offline; `GET /api/incidents/{id}/verify` checks an incident as Muster holds it now.",
    ]),
  ].join("\n");
}
