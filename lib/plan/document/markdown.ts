// The plan as one Markdown document in the structure of the original plan: overview, scenarios,
// recovery objectives, contacts and escalation, backups, recovery procedures, scripts, testing,
// post-recovery actions, review process, continuous improvement. What the prose does not show
// (an item's key, the runbooks a scenario brings, a period in minutes) rides along in an HTML
// comment at the end of the item's line, which a Markdown viewer hides and parse-markdown.ts reads,
// so Muster's own document imports as the very plan it was written from.
import { markdownText } from "@/lib/markdown";
import type { PlanModel, RunbookModel as PlanRunbook, RunbookPhaseModel as PlanRunbookPhase } from "@/lib/plan/code/model";
import { durationWords, rangeWords } from "@/lib/plan/document/durations";

type Attributes = Record<string, string | number | boolean | string[] | null | undefined>;

/** The item's hidden attributes, as a comment at the end of its line. */
export function attributes(values: Attributes): string {
  const kept = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
  return Object.keys(kept).length ? ` <!-- ${JSON.stringify(kept).replaceAll("--", "\\u002d\\u002d").replace(/[|<>]/g, (mark) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, "0")}`)} -->` : "";
}

const text = markdownText;
const SEVERITY_HEADINGS = { critical: "Critical Scenarios", major: "Major Scenarios", minor: "Minor Scenarios" } as const;

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)];
}

function bullets(items: string[], indent = ""): string[] {
  return items.map((item) => `${indent}- ${text(item)}`);
}

function fence(command: string, indent: string): string[] {
  return codeBlock(command, "bash").map((line) => `${indent}${line}`);
}

/** A numbered step: its title, its script in a code block, its details as bullets. */
function stepLines(step: PlanRunbookPhase["steps"][number], index: number): string[] {
  const indent = "   ";
  return [
    `${index + 1}. **${text(step.title)}**${attributes({ service: step.service })}`,
    ...(step.command ? fence(step.command, indent) : []),
    ...bullets(step.details, indent),
    "",
  ];
}

function phaseAttributes(phase: PlanRunbookPhase): string {
  return attributes({ key: phase.key, anchor: phase.windowAnchor === "recovery" && phase.windowStartMinutes === null ? "recovery" : undefined });
}

function phaseTitle(phase: PlanRunbookPhase): string {
  if (phase.windowStartMinutes === null) return text(phase.name);
  const largest = phase.windowAnchor === "recovery" ? 24 * 60 : 1;
  const window = rangeWords(phase.windowStartMinutes, phase.windowEndMinutes, largest);
  return `${text(phase.name)} (${window}${phase.windowAnchor === "recovery" ? " after recovery" : ""})`;
}

/** A recovery procedure as the plan writes one: scenario, detection, then each phase's numbered steps. */
function procedureLines(runbook: PlanRunbook): string[] {
  return [
    `### ${text(runbook.title)}${attributes({ key: runbook.key, kind: runbook.kind })}`,
    "",
    ...(runbook.situation ? [`#### Scenario: ${text(runbook.situation)}`, ""] : []),
    ...(runbook.detection.length ? ["**Detection:**", ...bullets(runbook.detection), ""] : []),
    ...runbook.phases.flatMap((phase) => [`**${phaseTitle(phase)}:**${phaseAttributes(phase)}`, ...phase.steps.flatMap(stepLines)]),
  ];
}

/** A test procedure: each phase a numbered item with its steps as bullets. */
function testProcedureLines(runbook: PlanRunbook): string[] {
  return [
    `#### ${text(runbook.title)}${attributes({ key: runbook.key })}`,
    ...runbook.phases.flatMap((phase, index) => [
      `${index + 1}. **${phaseTitle(phase)}**${phaseAttributes(phase)}`,
      ...bullets(
        phase.steps.map((step) => step.title),
        "   ",
      ),
      "",
    ]),
  ];
}

/** Post-recovery actions: a heading per window, each action a numbered item with its bullets. */
function postRecoveryLines(runbook: PlanRunbook): string[] {
  return [
    `## ${text(runbook.title)}${attributes({ key: runbook.key })}`,
    "",
    ...runbook.phases.flatMap((phase) => [`### ${phaseTitle(phase)}${phaseAttributes(phase)}`, "", ...phase.steps.flatMap(stepLines)]),
  ];
}

function contactAttributes(contact: PlanModel["contacts"][number]): string {
  return attributes({ key: contact.key, demo: contact.isDemoValue || undefined, user: contact.user });
}

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
function codeBlock(body: string, language: string): string[] {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const marks = "`".repeat(longest + 1);
  return [`${marks}${language}`, ...body.split(/\r?\n/), marks];
}

function field(label: string, value: string, extra: Attributes = {}): string {
  return `- **${label}**: ${text(value)}${attributes(extra)}`;
}

/** The lists of one section; a list that is the whole section stands under a heading one level up. */
function lists(plan: PlanModel, section: string, level: "###" | "####" = "####"): string[] {
  return plan.planLists
    .map((list, order) => ({ list, order }))
    .filter(({ list }) => list.section === section)
    .flatMap(({ list, order }) => [
      `${level} ${text(list.title)}${attributes({ key: list.key, order })}`,
      ...list.items.flatMap((item, index) =>
        item.details.length ? [`${index + 1}. **${text(item.text)}**`, ...bullets(item.details, "   ")] : [`- ${text(item.text)}`],
      ),
      "",
    ]);
}

export function planMarkdown(plan: PlanModel): string {
  const { document } = plan;
  const servicesByKey = new Map(plan.services.map((service) => [service.key, service.name]));
  const serviceNames = (keys: string[]) => (keys.length ? keys.map((key) => text(servicesByKey.get(key) ?? key)).join(", ") : "-");
  const contactsOf = (kind: PlanModel["contacts"][number]["kind"]) => plan.contacts.filter((contact) => contact.kind === kind);
  const runbooksOf = (kind: PlanRunbook["kind"]) => plan.runbooks.filter((runbook) => runbook.kind === kind);
  const rated = plan.services.filter((service) => service.inPriorityMatrix);
  const unrated = plan.services.filter((service) => !service.inPriorityMatrix);
  const scripts = (category: "core" | "utility") =>
    plan.recoveryScripts
      .filter((script) => script.category === category)
      .flatMap((script, index) => [`${index + 1}. **\`${script.path}\`**`, ...bullets(script.purposes, "   "), ""]);

  const lines = [
    `# ${text(document.title)}`,
    "",
    "## Overview",
    "",
    "### Document Information",
    field("Version", document.version),
    field("Owner", document.owner),
    field("Review Frequency", document.reviewFrequency, { months: document.reviewIntervalMonths }),
    ...(document.approvedBy ? [field("Approval", document.approvedBy)] : []),
    field("Distribution", document.distribution.join(", ")),
    "",
    "## Disaster Scenarios",
    "",
    ...plan.recoveryTiers.flatMap((tier) => [
      `### ${SEVERITY_HEADINGS[tier.severity]} (RTO: ${rangeWords(tier.rtoMinMinutes, tier.rtoMaxMinutes, 60)}, RPO: ${durationWords(tier.rpoMinutes, 60)})${attributes({ name: tier.name, statusUpdateMinutes: tier.statusUpdateIntervalMinutes })}`,
      "",
      ...plan.scenarios
        .filter((scenario) => scenario.tier === tier.severity)
        .flatMap((scenario, index) => [
          `${index + 1}. **${text(scenario.name)}**${attributes({ key: scenario.key, runbooks: scenario.runbooks })}`,
          ...bullets(scenario.examples, "   "),
          "",
        ]),
    ]),
    "## Recovery Objectives",
    "",
    "### Recovery Time Objective (RTO)",
    ...plan.recoveryTiers.map((tier) => field(`${tier.name} Services`, rangeWords(tier.rtoMinMinutes, tier.rtoMaxMinutes, 60))),
    "",
    "### Recovery Point Objective (RPO)",
    ...plan.dataRecoveryPoints.map((point) => field(point.name, durationWords(point.rpoMinutes, 60), { key: point.key })),
    "",
    "### Service Priority Matrix",
    "",
    ...table(
      ["Priority", "Service", "RTO", "RPO", "Dependencies", "Public"],
      rated.map((service) => [
        String(service.priority ?? "-"),
        `${text(service.name)}${attributes({ key: service.key, description: service.description })}`,
        service.rtoMinutes === null ? "-" : durationWords(service.rtoMinutes, 60),
        service.rpoMinutes === null ? "-" : durationWords(service.rpoMinutes, 60),
        serviceNames(service.dependsOn),
        service.isPublic ? "Yes" : "No",
      ]),
    ),
    "",
    ...(unrated.length
      ? [
          "### Supporting Services",
          "",
          ...table(
            ["Service", "Description", "Dependencies", "Public"],
            unrated.map((service) => [
              `${text(service.name)}${attributes({ key: service.key })}`,
              service.description ? text(service.description) : "-",
              serviceNames(service.dependsOn),
              service.isPublic ? "Yes" : "No",
            ]),
          ),
          "",
        ]
      : []),
    "## Emergency Contacts",
    "",
    "### Primary Response Team",
    "",
    ...table(
      ["Role", "Name", "Phone", "Email", "Backup"],
      contactsOf("response_team").map((contact) => [
        `${text(contact.role)}${contactAttributes(contact)}`,
        text(contact.name),
        text(contact.phone),
        text(contact.email),
        contact.backupName ? text(contact.backupName) : "-",
      ]),
    ),
    "",
    "### External Contacts",
    "",
    ...table(
      ["Service", "Contact", "Name", "Phone", "Email", "Account ID"],
      contactsOf("external").map((contact) => [
        `${text(contact.role)}${contactAttributes(contact)}`,
        contact.organisation ? text(contact.organisation) : "-",
        text(contact.name),
        text(contact.phone),
        text(contact.email),
        contact.accountId ? text(contact.accountId) : "-",
      ]),
    ),
    "",
    ...(contactsOf("escalation").length
      ? [
          "### Escalation Contacts",
          "",
          ...table(
            ["Role", "Name", "Phone", "Email"],
            contactsOf("escalation").map((contact) => [`${text(contact.role)}${contactAttributes(contact)}`, text(contact.name), text(contact.phone), text(contact.email)]),
          ),
          "",
        ]
      : []),
    "### Escalation Matrix",
    "",
    ...plan.escalationLevels.map(
      (level, index) =>
        `${index + 1}. **${text(level.name)}** (${rangeWords(level.afterMinutes, level.untilMinutes, 1)}): ${text(level.audience)}${attributes({ key: level.key, contacts: level.targets })}`,
    ),
    "",
    "## Data Backup Strategy",
    "",
    "### Backup Types",
    "",
    ...plan.backupPolicies.flatMap((policy, index) => [
      `${index + 1}. **${text(policy.name)}**${attributes({ key: policy.key, everyMinutes: policy.frequencyMinutes })}`,
      `   ${field("Frequency", policy.frequency)}`,
      ...(policy.fullBackup ? [`   ${field("Full Backup", policy.fullBackup)}`] : []),
      `   ${field("Retention", policy.retention)}`,
      `   ${field("Location", policy.location)}`,
      "",
    ]),
    "### Backup Verification",
    "",
    ...plan.verificationSchedule.map((schedule) => field(schedule.cadence, schedule.activity, { key: schedule.key, intervalDays: schedule.intervalDays })),
    "",
    "## Recovery Procedures",
    "",
    ...[...runbooksOf("incident_process"), ...runbooksOf("recovery")].flatMap(procedureLines),
    "## Recovery Scripts",
    "",
    "### Core Recovery Scripts",
    "",
    ...scripts("core"),
    "### Utility Scripts",
    "",
    ...scripts("utility"),
    "## Testing and Validation",
    "",
    "### Recovery Testing Schedule",
    "",
    ...table(
      ["Test Type", "Frequency", "Duration", "Scope"],
      plan.drillSchedule.map((drill) => [
        `${text(drill.testType)}${attributes({ key: drill.key, months: drill.intervalMonths, runbook: drill.runbook, scenario: drill.scenario, services: drill.services })}`,
        text(drill.frequency),
        durationWords(drill.durationMinutes),
        text(drill.scope),
      ]),
    ),
    "",
    "### Test Procedures",
    "",
    ...runbooksOf("test_procedure").flatMap(testProcedureLines),
    "### Success Criteria",
    "",
    ...plan.successCriteria.map((criterion) => field(criterion.name, criterion.description, { key: criterion.key })),
    "",
    ...runbooksOf("post_recovery").flatMap(postRecoveryLines),
    "## Post-Incident Review Process",
    "",
    "### Review Meeting",
    "",
    ...lists(plan, "Post-Incident Review Process › Review Meeting"),
    "#### Agenda",
    ...plan.reviewAgenda.map((item, index) => `${index + 1}. ${text(item.title)}${attributes({ key: item.key })}`),
    "",
    ...lists(plan, "Post-Incident Review Process", "###"),
    "## Continuous Improvement",
    "",
    "### Metrics and KPIs",
    "",
    ...lists(plan, "Continuous Improvement › Metrics and KPIs"),
    "### Regular Reviews",
    "",
    ...plan.reviewCadences.flatMap((cadence) => [`#### ${text(cadence.name)}${attributes({ key: cadence.key, months: cadence.intervalMonths })}`, ...bullets(cadence.items), ""]),
    "### Training and Awareness",
    "",
    ...lists(plan, "Continuous Improvement › Training and Awareness"),
    "## Appendices",
    "",
    ...lists(plan, "Appendices", "###"),
    ...(plan.communicationTemplates.length ? ["### Communication Templates", ""] : []),
    ...plan.communicationTemplates.flatMap((template) => [
      `#### ${text(template.name)}${attributes({ key: template.key })}`,
      field("Audience", template.audience),
      field("Subject", template.subject),
      "",
      ...codeBlock(template.body, "text"),
      "",
    ]),
  ];
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
