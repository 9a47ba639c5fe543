// The plan as code, both ways: the model written as a YAML or JSON document (always the same bytes
// for the same plan), and a document read back, checked whole, into what an import applies. Every
// problem is reported at once, each at its exact path: `services[3].rto: must be a duration such as "1h"`.
import { parseDocument, stringify } from "yaml";
import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { formatDuration, parseDuration } from "@/lib/plan/code/duration";
import type { PlanContent, PlanModel } from "@/lib/plan/code/model";
import { planCodeJsonSchema, planCodeSchema, type PlanCode } from "@/lib/plan/code/schema";
import { dependencyCircle } from "@/lib/services/mutations";
import { fallbackMessage } from "@/lib/validation";

export type PlanCodeFormat = "yaml" | "json";

/** One thing wrong with a document, where it is. */
export type PlanCodeProblem = { path: string; message: string };

export const SCHEMA_PATH = "/api/plan/schema.json";

const duration = (minutes: number | null) => (minutes === null ? null : formatDuration(minutes));
const minutes = (text: string | null) => (text === null ? null : parseDuration(text)!);
const day = (date: Date | null) => (date === null ? null : date.toISOString());

/** The model as the document writes it: durations in words, fields in a fixed order. */
export function planToCode(plan: PlanModel): PlanCode {
  const { document } = plan;
  return {
    document: {
      title: document.title,
      version: document.version,
      owner: document.owner,
      reviewFrequency: document.reviewFrequency,
      reviewIntervalMonths: document.reviewIntervalMonths,
      approvedBy: document.approvedBy,
      distribution: document.distribution,
      lastUpdatedAt: day(document.lastUpdatedAt)!,
      lastReviewedAt: day(document.lastReviewedAt),
      nextReviewAt: day(document.nextReviewAt)!,
    },
    recoveryTiers: plan.recoveryTiers.map((tier) => ({
      severity: tier.severity,
      name: tier.name,
      rtoMin: formatDuration(tier.rtoMinMinutes),
      rtoMax: formatDuration(tier.rtoMaxMinutes),
      rpo: formatDuration(tier.rpoMinutes),
      statusUpdateInterval: formatDuration(tier.statusUpdateIntervalMinutes),
    })),
    dataRecoveryPoints: plan.dataRecoveryPoints.map((point) => ({ key: point.key, name: point.name, rpo: formatDuration(point.rpoMinutes) })),
    services: plan.services.map((service) => ({
      key: service.key,
      name: service.name,
      description: service.description,
      priority: service.priority,
      rto: duration(service.rtoMinutes),
      rpo: duration(service.rpoMinutes),
      inPriorityMatrix: service.inPriorityMatrix,
      isPublic: service.isPublic,
      dependsOn: service.dependsOn,
    })),
    scenarios: plan.scenarios.map(({ key, name, tier, examples, runbooks }) => ({ key, name, tier, examples, runbooks })),
    runbooks: plan.runbooks.map((runbook) => ({
      key: runbook.key,
      title: runbook.title,
      kind: runbook.kind,
      situation: runbook.situation,
      detection: runbook.detection,
      phases: runbook.phases.map((phase) => ({
        key: phase.key,
        name: phase.name,
        window:
          phase.windowStartMinutes === null || phase.windowEndMinutes === null
            ? null
            : { start: formatDuration(phase.windowStartMinutes), end: formatDuration(phase.windowEndMinutes), anchor: phase.windowAnchor },
        steps: phase.steps.map(({ title, details, command, service }) => ({ title, details, command, service })),
      })),
    })),
    recoveryScripts: plan.recoveryScripts.map(({ path, category, purposes }) => ({ path, category, purposes })),
    contacts: plan.contacts.map((contact) => ({
      key: contact.key,
      kind: contact.kind,
      role: contact.role,
      name: contact.name,
      organisation: contact.organisation,
      phone: contact.phone,
      email: contact.email,
      backupName: contact.backupName,
      accountId: contact.accountId,
      isDemoValue: contact.isDemoValue,
      user: contact.user,
    })),
    escalationLevels: plan.escalationLevels.map((level) => ({
      key: level.key,
      name: level.name,
      after: formatDuration(level.afterMinutes),
      until: duration(level.untilMinutes),
      audience: level.audience,
      targets: level.targets,
    })),
    backupPolicies: plan.backupPolicies.map((policy) => ({
      key: policy.key,
      name: policy.name,
      frequency: policy.frequency,
      period: duration(policy.frequencyMinutes),
      fullBackup: policy.fullBackup,
      retention: policy.retention,
      location: policy.location,
    })),
    verificationSchedule: plan.verificationSchedule.map(({ key, cadence, intervalDays, activity }) => ({ key, cadence, intervalDays, activity })),
    drillSchedule: plan.drillSchedule.map((drill) => ({
      key: drill.key,
      testType: drill.testType,
      frequency: drill.frequency,
      intervalMonths: drill.intervalMonths,
      duration: formatDuration(drill.durationMinutes),
      scope: drill.scope,
      runbook: drill.runbook,
      scenario: drill.scenario,
      services: drill.services,
    })),
    successCriteria: plan.successCriteria.map(({ key, name, description }) => ({ key, name, description })),
    reviewAgenda: plan.reviewAgenda.map(({ key, title }) => ({ key, title })),
    reviewCadences: plan.reviewCadences.map(({ key, name, intervalMonths, items }) => ({ key, name, intervalMonths, items })),
    planLists: plan.planLists.map((list) => ({
      key: list.key,
      title: list.title,
      section: list.section,
      items: list.items.map(({ text, details }) => ({ text, details })),
    })),
    communicationTemplates: plan.communicationTemplates.map(({ key, name, audience, subject, body }) => ({ key, name, audience, subject, body })),
    reportingObligations: plan.reportingObligations.map(({ key, name, clockStart, deadlines }) => ({
      key,
      name,
      clockStart,
      deadlines: deadlines.map((deadline) => ({ key: deadline.key, name: deadline.name, within: deadline.within, from: deadline.from, atMostAfterDetection: deadline.atMostAfterDetection })),
    })),
  };
}

/** A checked document as the plan it describes (durations in minutes), ready to compare and apply. */
export function codeToPlan(code: PlanCode): PlanContent {
  const { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution } = code.document;
  return {
    document: { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution },
    recoveryTiers: code.recoveryTiers.map((tier) => ({
      severity: tier.severity,
      name: tier.name,
      rtoMinMinutes: parseDuration(tier.rtoMin)!,
      rtoMaxMinutes: parseDuration(tier.rtoMax)!,
      rpoMinutes: parseDuration(tier.rpo)!,
      statusUpdateIntervalMinutes: parseDuration(tier.statusUpdateInterval)!,
    })),
    dataRecoveryPoints: code.dataRecoveryPoints.map((point) => ({ key: point.key, name: point.name, rpoMinutes: parseDuration(point.rpo)! })),
    services: code.services.map((service) => ({
      key: service.key,
      name: service.name,
      description: service.description,
      priority: service.priority,
      rtoMinutes: minutes(service.rto),
      rpoMinutes: minutes(service.rpo),
      inPriorityMatrix: service.inPriorityMatrix,
      isPublic: service.isPublic,
      dependsOn: service.dependsOn,
    })),
    scenarios: code.scenarios,
    runbooks: code.runbooks.map((runbook) => ({
      ...runbook,
      phases: runbook.phases.map(({ window, ...phase }) => ({
        key: phase.key,
        name: phase.name,
        windowStartMinutes: window && parseDuration(window.start),
        windowEndMinutes: window && parseDuration(window.end),
        windowAnchor: window?.anchor ?? "detection",
        steps: phase.steps,
      })),
    })),
    recoveryScripts: code.recoveryScripts,
    contacts: code.contacts,
    escalationLevels: code.escalationLevels.map((level) => ({
      key: level.key,
      name: level.name,
      afterMinutes: parseDuration(level.after)!,
      untilMinutes: minutes(level.until),
      audience: level.audience,
      targets: level.targets,
    })),
    backupPolicies: code.backupPolicies.map(({ period, ...policy }) => ({
      key: policy.key,
      name: policy.name,
      frequency: policy.frequency,
      frequencyMinutes: minutes(period),
      fullBackup: policy.fullBackup,
      retention: policy.retention,
      location: policy.location,
    })),
    verificationSchedule: code.verificationSchedule,
    // Services in key order, as the plan reads them back: the same services in another order change nothing.
    drillSchedule: code.drillSchedule.map(({ duration: length, services, ...drill }) => ({ ...drill, services: [...services].sort(), durationMinutes: parseDuration(length)! })),
    successCriteria: code.successCriteria,
    reviewAgenda: code.reviewAgenda,
    reviewCadences: code.reviewCadences,
    planLists: code.planLists,
    communicationTemplates: code.communicationTemplates,
    reportingObligations: code.reportingObligations,
  };
}

/** The document's text: YAML naming its schema for editors, or JSON with `$schema`. The same plan gives the same bytes. */
export function writePlanCode(plan: PlanModel, format: PlanCodeFormat): string {
  const schemaUrl = appUrl(SCHEMA_PATH).href;
  const code = planToCode(plan);
  if (format === "json") return `${JSON.stringify({ $schema: schemaUrl, ...code }, null, 2)}\n`;
  // No folding of long lines: a changed word changes one line of a diff.
  return `# yaml-language-server: $schema=${schemaUrl}\n${stringify(code, { lineWidth: 0 })}`;
}

/** "services[3].rto" from zod's path. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), "");
}

export function problemText({ path, message }: PlanCodeProblem): string {
  return path ? `${path}: ${message}` : message;
}

function problemsOfIssues(issues: readonly z.core.$ZodIssue[]): PlanCodeProblem[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: pathText([...issue.path, key]), message: "is not a field of the plan" }))
      : [{ path: pathText(issue.path), message: issue.message }],
  );
}

/** The text as a value: JSON, or YAML (one document). Syntax errors come back with their line. */
function readText(text: string, format: PlanCodeFormat): { value: unknown } | { problems: PlanCodeProblem[] } {
  if (format === "json") {
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      return { problems: [{ path: "", message: `The document is not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => {
        const at = error.linePos?.[0];
        // The first line of yaml's own message, without its position (said here in words).
        const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
        return { path: "", message: `The document is not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ""}: ${reason}` };
      }),
    };
  }
  return { value: document.toJS({ maxAliasCount: 100 }) };
}

/** Each key of a part once; a second use names where the first is. */
function duplicateKeys<Item>(part: string, items: readonly Item[], keyOf: (item: Item) => string, field = "key"): PlanCodeProblem[] {
  const first = new Map<string, number>();
  return items.flatMap((item, index) => {
    const key = keyOf(item);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, index);
      return [];
    }
    return [{ path: `${part}[${index}].${field}`, message: `"${key}" is already the ${field} of ${part}[${seen}]` }];
  });
}

function unknownKeys(path: string, keys: readonly (string | null)[], known: ReadonlySet<string>, what: string): PlanCodeProblem[] {
  return keys.flatMap((key, index) =>
    key !== null && !known.has(key) ? [{ path: `${path}[${index}]`, message: `names no ${what} in the plan: "${key}"` }] : [],
  );
}

/** What the schema alone cannot see: keys used twice, references to nothing, circles, windows that end before they start. */
function referenceProblems(code: PlanCode): PlanCodeProblem[] {
  const serviceKeys = new Set(code.services.map((service) => service.key));
  const runbookKeys = new Set(code.runbooks.map((runbook) => runbook.key));
  const scenarioKeys = new Set(code.scenarios.map((scenario) => scenario.key));
  const contactKeys = new Set(code.contacts.map((contact) => contact.key));
  const tiers = new Set<string>(code.recoveryTiers.map((tier) => tier.severity));
  const names = new Map(code.services.map((service) => [service.key, service.name]));
  const circles = new Set<string>();
  const after = (start: string, end: string) => parseDuration(end)! < parseDuration(start)!;

  return [
    ...duplicateKeys("recoveryTiers", code.recoveryTiers, (tier) => tier.severity, "severity"),
    ...code.recoveryTiers.flatMap((tier, index) =>
      after(tier.rtoMin, tier.rtoMax) ? [{ path: `recoveryTiers[${index}].rtoMax`, message: "must not be shorter than rtoMin" }] : [],
    ),
    ...duplicateKeys("dataRecoveryPoints", code.dataRecoveryPoints, (point) => point.key),
    ...duplicateKeys("services", code.services, (service) => service.key),
    ...code.services.flatMap((service, index) => {
      const unknown = unknownKeys(`services[${index}].dependsOn`, service.dependsOn, serviceKeys, "service");
      if (unknown.length > 0) return unknown;
      const circle = dependencyCircle(code.services, service.key, service.dependsOn);
      // A circle is reported once, at the first service on it.
      const id = circle && [...new Set(circle)].sort().join(" ");
      if (!circle || circles.has(id!)) return [];
      circles.add(id!);
      const words = circle.map((key) => names.get(key) ?? key).join(" → ");
      return [{ path: `services[${index}].dependsOn`, message: `would make the services depend on each other in a circle: ${words}` }];
    }),
    ...duplicateKeys("scenarios", code.scenarios, (scenario) => scenario.key),
    ...code.scenarios.flatMap((scenario, index) => [
      ...(tiers.has(scenario.tier) ? [] : [{ path: `scenarios[${index}].tier`, message: `names no recovery tier in the plan: "${scenario.tier}"` }]),
      ...unknownKeys(`scenarios[${index}].runbooks`, scenario.runbooks, runbookKeys, "runbook"),
      ...duplicateKeys(`scenarios[${index}].runbooks`, scenario.runbooks, (key) => key, "runbook"),
    ]),
    ...duplicateKeys("runbooks", code.runbooks, (runbook) => runbook.key),
    ...code.runbooks.flatMap((runbook, runbookIndex) => [
      ...duplicateKeys(`runbooks[${runbookIndex}].phases`, runbook.phases, (phase) => phase.key),
      ...runbook.phases.flatMap((phase, phaseIndex) => {
        const path = `runbooks[${runbookIndex}].phases[${phaseIndex}]`;
        return [
          ...(phase.window && after(phase.window.start, phase.window.end) ? [{ path: `${path}.window.end`, message: "must not be before the window's start" }] : []),
          ...phase.steps.flatMap((step, stepIndex) =>
            step.service !== null && !serviceKeys.has(step.service)
              ? [{ path: `${path}.steps[${stepIndex}].service`, message: `names no service in the plan: "${step.service}"` }]
              : [],
          ),
        ];
      }),
    ]),
    ...duplicateKeys("recoveryScripts", code.recoveryScripts, (script) => script.path, "path"),
    ...duplicateKeys("contacts", code.contacts, (contact) => contact.key),
    ...duplicateKeys(
      "contacts",
      code.contacts.filter((contact) => contact.user !== null),
      (contact) => contact.user!,
      "user",
    ).map((problem) => ({ ...problem, path: "contacts", message: `two contacts are the same Muster user: ${problem.message}` })),
    ...duplicateKeys("escalationLevels", code.escalationLevels, (level) => level.key),
    ...code.escalationLevels.flatMap((level, index) => [
      ...unknownKeys(`escalationLevels[${index}].targets`, level.targets, contactKeys, "contact"),
      ...duplicateKeys(`escalationLevels[${index}].targets`, level.targets, (key) => key, "target"),
    ]),
    ...duplicateKeys("backupPolicies", code.backupPolicies, (policy) => policy.key),
    ...duplicateKeys("verificationSchedule", code.verificationSchedule, (check) => check.key),
    ...duplicateKeys("drillSchedule", code.drillSchedule, (drill) => drill.key),
    ...code.drillSchedule.flatMap((drill, index) => [
      ...unknownKeys(`drillSchedule[${index}].runbook`, [drill.runbook], runbookKeys, "runbook").map((problem) => ({ ...problem, path: `drillSchedule[${index}].runbook` })),
      ...unknownKeys(`drillSchedule[${index}].scenario`, [drill.scenario], scenarioKeys, "scenario").map((problem) => ({ ...problem, path: `drillSchedule[${index}].scenario` })),
      ...unknownKeys(`drillSchedule[${index}].services`, drill.services, serviceKeys, "service"),
      ...duplicateKeys(`drillSchedule[${index}].services`, drill.services, (key) => key, "service"),
    ]),
    ...duplicateKeys("successCriteria", code.successCriteria, (criterion) => criterion.key),
    ...duplicateKeys("reviewAgenda", code.reviewAgenda, (item) => item.key),
    ...duplicateKeys("reviewCadences", code.reviewCadences, (cadence) => cadence.key),
    ...duplicateKeys("planLists", code.planLists, (list) => list.key),
    ...duplicateKeys("communicationTemplates", code.communicationTemplates, (template) => template.key),
    ...duplicateKeys("reportingObligations", code.reportingObligations, (obligation) => obligation.key),
  ];
}

export type ReadPlanCode = { plan: PlanContent; problems: [] } | { plan: null; problems: PlanCodeProblem[] };

/** Reads and checks a whole document; every problem at once, or the plan it describes. */
export function readPlanCode(text: string, format: PlanCodeFormat): ReadPlanCode {
  const read = readText(text, format);
  if ("problems" in read) return { plan: null, problems: read.problems };
  if (read.value === null || typeof read.value !== "object" || Array.isArray(read.value)) {
    return { plan: null, problems: [{ path: "", message: "The document must be a plan: an object with document, services, runbooks, …" }] };
  }
  const parsed = planCodeSchema.safeParse(read.value, { error: fallbackMessage });
  if (!parsed.success) return { plan: null, problems: problemsOfIssues(parsed.error.issues) };
  const problems = referenceProblems(parsed.data);
  if (problems.length > 0) return { plan: null, problems };
  return { plan: codeToPlan(parsed.data), problems: [] };
}

/** The JSON Schema as served, named by the address documents give for it. */
export function planCodeJsonSchemaDocument() {
  return { ...planCodeJsonSchema(), $id: appUrl(SCHEMA_PATH).href };
}
