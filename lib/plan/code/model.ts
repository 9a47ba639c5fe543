// The whole plan as one plain, typed object: what the plan exports as code (YAML, JSON), what an
// import is checked and applied against, and what the plan renders as a document. Every item has
// a stable key (a slug, a severity, a script's path) and every list is in the plan's own order, so
// the same plan always reads as the same object, and a plan kept in git changes only where it changed.
// Durations are whole minutes here; the YAML document writes them as "15m", "4h", "1d".
import "server-only";
import { db } from "@/lib/db";
import type { Audience, ContactKind, ObligationClockStart, RunbookKind, ScriptCategory, Severity, WindowAnchor } from "@/lib/generated/prisma/enums";
import { storedDeadlines } from "@/lib/obligations/present";
import type { DeadlineRule } from "@/lib/obligations/types";
import type { Tx } from "@/lib/timeline/mutations";

/** The plan's document control. Version and dates are kept by Muster; an import does not set them. */
export type PlanDocumentInfo = {
  title: string;
  version: string;
  owner: string;
  /** As the plan words it ("Quarterly"). */
  reviewFrequency: string;
  reviewIntervalMonths: number;
  approvedBy: string | null;
  distribution: string[];
  lastUpdatedAt: Date;
  lastReviewedAt: Date | null;
  nextReviewAt: Date;
};

/** A scenario tier and the recovery objectives of its class. Keyed by severity. */
export type RecoveryTierModel = {
  severity: Severity;
  name: string;
  rtoMinMinutes: number;
  rtoMaxMinutes: number;
  rpoMinutes: number;
  statusUpdateIntervalMinutes: number;
};

/** How much data a class may lose. */
export type DataRecoveryPointModel = {
  key: string;
  name: string;
  rpoMinutes: number;
};

export type ServiceModel = {
  key: string;
  name: string;
  description: string | null;
  /** 1 is the most urgent; null for a dependency the priority matrix does not rate. */
  priority: number | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  inPriorityMatrix: boolean;
  isPublic: boolean;
  /** Keys of the services this one needs running first, in the plan's order. */
  dependsOn: string[];
};

export type ScenarioModel = {
  key: string;
  name: string;
  /** The recovery tier's severity. */
  tier: Severity;
  examples: string[];
  /** Keys of the runbooks a declaration of this scenario brings, in order. */
  runbooks: string[];
};

export type RunbookStepModel = {
  title: string;
  details: string[];
  /** The script to run, exactly as the plan writes it. */
  command: string | null;
  /** Key of the service this step brings back. */
  service: string | null;
};

export type RunbookPhaseModel = {
  key: string;
  name: string;
  /** Minutes from the anchor; both null for a phase with no time window. */
  windowStartMinutes: number | null;
  windowEndMinutes: number | null;
  windowAnchor: WindowAnchor;
  /** In order; a step is known by its place in its phase. */
  steps: RunbookStepModel[];
};

export type RunbookModel = {
  key: string;
  title: string;
  kind: RunbookKind;
  situation: string | null;
  detection: string[];
  phases: RunbookPhaseModel[];
};

/** Keyed by its path. */
export type RecoveryScriptModel = {
  path: string;
  category: ScriptCategory;
  purposes: string[];
};

export type ContactModel = {
  key: string;
  kind: ContactKind;
  role: string;
  name: string;
  organisation: string | null;
  phone: string;
  email: string;
  backupName: string | null;
  accountId: string | null;
  /** A placeholder still stands in for the real details. */
  isDemoValue: boolean;
  /** E-mail of the Muster user who is this contact (stable across databases, unlike their id). */
  user: string | null;
};

export type EscalationLevelModel = {
  key: string;
  name: string;
  afterMinutes: number;
  /** When the next level takes over; null for the last. */
  untilMinutes: number | null;
  audience: string;
  /** Keys of the contacts the level brings in, in order. */
  targets: string[];
};

export type BackupPolicyModel = {
  key: string;
  name: string;
  frequency: string;
  frequencyMinutes: number | null;
  fullBackup: string | null;
  retention: string;
  location: string;
};

export type VerificationCheckModel = {
  key: string;
  cadence: string;
  intervalDays: number;
  activity: string;
};

export type DrillModel = {
  key: string;
  testType: string;
  frequency: string;
  intervalMonths: number;
  durationMinutes: number;
  scope: string;
  /** Key of the test procedure a drill of this type works through. */
  runbook: string | null;
  /** Key of the scenario it rehearses. */
  scenario: string | null;
  /** Keys of the services it recovers, in key order. */
  services: string[];
};

export type SuccessCriterionModel = {
  key: string;
  name: string;
  description: string;
};

export type ReviewAgendaItemModel = {
  key: string;
  title: string;
};

export type ReviewCadenceModel = {
  key: string;
  name: string;
  intervalMonths: number;
  items: string[];
};

export type PlanListItemModel = {
  text: string;
  details: string[];
};

export type PlanListModel = {
  key: string;
  title: string;
  section: string;
  /** In order; an item is known by its place in its list. */
  items: PlanListItemModel[];
};

export type CommunicationTemplateModel = {
  key: string;
  name: string;
  audience: Audience;
  subject: string;
  body: string;
};

export type ReportingObligationModel = {
  key: string;
  name: string;
  clockStart: ObligationClockStart;
  deadlines: DeadlineRule[];
};

/** The whole plan, each part in the plan's order. */
export type PlanModel = {
  document: PlanDocumentInfo;
  recoveryTiers: RecoveryTierModel[];
  dataRecoveryPoints: DataRecoveryPointModel[];
  services: ServiceModel[];
  scenarios: ScenarioModel[];
  runbooks: RunbookModel[];
  recoveryScripts: RecoveryScriptModel[];
  contacts: ContactModel[];
  escalationLevels: EscalationLevelModel[];
  backupPolicies: BackupPolicyModel[];
  verificationSchedule: VerificationCheckModel[];
  drillSchedule: DrillModel[];
  successCriteria: SuccessCriterionModel[];
  reviewAgenda: ReviewAgendaItemModel[];
  reviewCadences: ReviewCadenceModel[];
  planLists: PlanListModel[];
  communicationTemplates: CommunicationTemplateModel[];
  reportingObligations: ReportingObligationModel[];
};

/** The parts of the plan that are lists of keyed items, in the model's order. */
export type PlanPart = Exclude<keyof PlanModel, "document">;

/** The document control an admin sets; the version and dates are Muster's to keep. */
export const EDITABLE_DOCUMENT_FIELDS = ["title", "owner", "reviewFrequency", "reviewIntervalMonths", "approvedBy", "distribution"] as const;

/** What an import brings: the whole plan, with the document control it may set. */
export type PlanContent = Omit<PlanModel, "document"> & {
  document: Pick<PlanDocumentInfo, (typeof EDITABLE_DOCUMENT_FIELDS)[number]>;
};

const byPosition = { orderBy: { position: "asc" } } as const;

/** Reads the whole plan, in `client` (a transaction, to read it as one moment) when given. */
export async function readPlanModel(client: Tx = db()): Promise<PlanModel> {
  // One query at a time: inside a transaction there is one connection.
  const document = await client.planDocument.findUniqueOrThrow({ where: { id: "plan" } });
  const recoveryTiers = await client.recoveryTier.findMany(byPosition);
  const dataRecoveryPoints = await client.dataRecoveryPoint.findMany(byPosition);
  const services = await client.service.findMany({
    ...byPosition,
    include: { dependencies: { select: { dependsOn: { select: { key: true, position: true } } } } },
  });
  const scenarios = await client.scenario.findMany({
    ...byPosition,
    include: { runbooks: { ...byPosition, select: { runbook: { select: { key: true } } } } },
  });
  const runbooks = await client.runbook.findMany({
    ...byPosition,
    include: { phases: { ...byPosition, include: { steps: { ...byPosition, include: { service: { select: { key: true } } } } } } },
  });
  const recoveryScripts = await client.recoveryScript.findMany(byPosition);
  const contacts = await client.contact.findMany({ ...byPosition, include: { user: { select: { email: true } } } });
  const escalationLevels = await client.escalationLevel.findMany({
    ...byPosition,
    include: { targets: { ...byPosition, select: { contact: { select: { key: true } } } } },
  });
  const backupPolicies = await client.backupPolicy.findMany(byPosition);
  const verificationSchedule = await client.backupVerificationSchedule.findMany(byPosition);
  const drillSchedule = await client.drillSchedule.findMany({
    ...byPosition,
    include: {
      runbook: { select: { key: true } },
      scenario: { select: { key: true } },
      services: { select: { service: { select: { key: true } } }, orderBy: { service: { key: "asc" } } },
    },
  });
  const successCriteria = await client.successCriterion.findMany(byPosition);
  const reviewAgenda = await client.reviewAgendaItem.findMany(byPosition);
  const reviewCadences = await client.planReviewCadence.findMany(byPosition);
  const planLists = await client.planList.findMany({ ...byPosition, include: { items: byPosition } });
  const communicationTemplates = await client.communicationTemplate.findMany(byPosition);
  const reportingObligations = await readReportingObligations(client);

  return {
    document: {
      title: document.title,
      version: document.version,
      owner: document.owner,
      reviewFrequency: document.reviewFrequency,
      reviewIntervalMonths: document.reviewIntervalMonths,
      approvedBy: document.approvedBy,
      distribution: document.distribution,
      lastUpdatedAt: document.lastUpdatedAt,
      lastReviewedAt: document.lastReviewedAt,
      nextReviewAt: document.nextReviewAt,
    },
    recoveryTiers: recoveryTiers.map((tier) => ({
      severity: tier.severity,
      name: tier.name,
      rtoMinMinutes: tier.rtoMinMinutes,
      rtoMaxMinutes: tier.rtoMaxMinutes,
      rpoMinutes: tier.rpoMinutes,
      statusUpdateIntervalMinutes: tier.statusUpdateIntervalMinutes,
    })),
    dataRecoveryPoints: dataRecoveryPoints.map((point) => ({ key: point.key, name: point.name, rpoMinutes: point.rpoMinutes })),
    services: services.map((service) => ({
      key: service.key,
      name: service.name,
      description: service.description,
      priority: service.priority,
      rtoMinutes: service.rtoMinutes,
      rpoMinutes: service.rpoMinutes,
      inPriorityMatrix: service.inPriorityMatrix,
      isPublic: service.isPublic,
      dependsOn: service.dependencies
        .map((dependency) => dependency.dependsOn)
        .sort((a, b) => a.position - b.position)
        .map((dependency) => dependency.key),
    })),
    scenarios: scenarios.map((scenario) => ({
      key: scenario.key,
      name: scenario.name,
      tier: scenario.severity,
      examples: scenario.examples,
      runbooks: scenario.runbooks.map((link) => link.runbook.key),
    })),
    runbooks: runbooks.map((runbook) => ({
      key: runbook.key,
      title: runbook.title,
      kind: runbook.kind,
      situation: runbook.situation,
      detection: runbook.detection,
      phases: runbook.phases.map((phase) => ({
        key: phase.key,
        name: phase.name,
        windowStartMinutes: phase.windowStartMinutes,
        windowEndMinutes: phase.windowEndMinutes,
        windowAnchor: phase.windowAnchor,
        steps: phase.steps.map((step) => ({
          title: step.title,
          details: step.details,
          command: step.command,
          service: step.service?.key ?? null,
        })),
      })),
    })),
    recoveryScripts: recoveryScripts.map((script) => ({ path: script.path, category: script.category, purposes: script.purposes })),
    contacts: contacts.map((contact) => ({
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
      user: contact.user?.email ?? null,
    })),
    escalationLevels: escalationLevels.map((level) => ({
      key: level.key,
      name: level.name,
      afterMinutes: level.afterMinutes,
      untilMinutes: level.untilMinutes,
      audience: level.audience,
      targets: level.targets.map((target) => target.contact.key),
    })),
    backupPolicies: backupPolicies.map((policy) => ({
      key: policy.key,
      name: policy.name,
      frequency: policy.frequency,
      frequencyMinutes: policy.frequencyMinutes,
      fullBackup: policy.fullBackup,
      retention: policy.retention,
      location: policy.location,
    })),
    verificationSchedule: verificationSchedule.map((check) => ({
      key: check.key,
      cadence: check.cadence,
      intervalDays: check.intervalDays,
      activity: check.activity,
    })),
    drillSchedule: drillSchedule.map((drill) => ({
      key: drill.key,
      testType: drill.testType,
      frequency: drill.frequency,
      intervalMonths: drill.intervalMonths,
      durationMinutes: drill.durationMinutes,
      scope: drill.scope,
      runbook: drill.runbook?.key ?? null,
      scenario: drill.scenario?.key ?? null,
      services: drill.services.map(({ service }) => service.key),
    })),
    successCriteria: successCriteria.map((criterion) => ({ key: criterion.key, name: criterion.name, description: criterion.description })),
    reviewAgenda: reviewAgenda.map((item) => ({ key: item.key, title: item.title })),
    reviewCadences: reviewCadences.map((cadence) => ({
      key: cadence.key,
      name: cadence.name,
      intervalMonths: cadence.intervalMonths,
      items: cadence.items,
    })),
    planLists: planLists.map((list) => ({
      key: list.key,
      title: list.title,
      section: list.section,
      items: list.items.map((item) => ({ text: item.text, details: item.details })),
    })),
    communicationTemplates: communicationTemplates.map((template) => ({
      key: template.key,
      name: template.name,
      audience: template.audience,
      subject: template.subject,
      body: template.body,
    })),
    reportingObligations,
  };
}

/** The plan's reporting obligations, in its order. */
export async function readReportingObligations(client: Tx = db()): Promise<ReportingObligationModel[]> {
  const rows = await client.reportingObligation.findMany(byPosition);
  return rows.map((row) => ({ key: row.key, name: row.name, clockStart: row.clockStart, deadlines: storedDeadlines(row.deadlines) }));
}
