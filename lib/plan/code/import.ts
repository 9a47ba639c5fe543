// Importing the plan as code: the whole document is checked first, then what it would change is
// worked out item by item, and applied in one transaction as one new plan version (or only
// reported, for a dry run). A document that matches the plan changes nothing and makes no version.
import "server-only";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isActive } from "@/lib/incidents/state-machine";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { inPlanTransaction, nextVersion, recordPlanChange } from "@/lib/plan/changes";
import { changeName, planChanges, type PlanCodeChange } from "@/lib/plan/code/diff";
import { problemText, readPlanCode, type PlanCodeFormat, type PlanCodeProblem } from "@/lib/plan/code/document";
import { readPlanModel, type PlanContent, type PlanModel, type PlanPart } from "@/lib/plan/code/model";
import { importQuerySchema } from "@/lib/plan/code/schema";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

export type PlanImportReport = {
  /** False for a dry run, and when the document matches the plan. */
  applied: boolean;
  /** The version the import made, or the plan's version when it made none. */
  version: string;
  /** The version an import of this document would make; null when it changes nothing. */
  wouldMakeVersion: string | null;
  counts: { added: number; changed: number; removed: number };
  changes: PlanCodeChange[];
};

function refuse(problems: readonly PlanCodeProblem[]): never {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  throw new DomainError("invalid", [`The plan was not imported (${count}; nothing changed):`, ...problems.map(problemText)].join("\n"), problems[0]?.path || undefined);
}

/**
 * A contact given real details is no longer a placeholder, as when an admin edits it on the
 * contacts page: a changed contact loses its demo marker whatever the document says.
 */
function withDemoMarkers(current: PlanModel, wanted: PlanContent): PlanContent {
  const byKey = new Map(current.contacts.map((contact) => [contact.key, contact]));
  return {
    ...wanted,
    contacts: wanted.contacts.map((contact) => {
      const existing = byKey.get(contact.key);
      if (!existing) return contact;
      const details = (values: typeof contact) => JSON.stringify({ ...values, isDemoValue: null });
      return { ...contact, isDemoValue: details(contact) === details(existing) && existing.isDemoValue && contact.isDemoValue };
    }),
  };
}

const removedKeys = (changes: readonly PlanCodeChange[], part: PlanPart) =>
  changes.filter((change) => change.part === part && change.change === "removed").map((change) => change.key);

/** What the database refuses to lose: items that incidents, reviews or records still name, and users that do not exist. */
async function databaseProblems(tx: Tx, wanted: PlanContent, changes: readonly PlanCodeChange[]): Promise<PlanCodeProblem[]> {
  const problems: PlanCodeProblem[] = [];

  const emails = [...new Set(wanted.contacts.flatMap((contact) => (contact.user ? [contact.user] : [])))];
  const users = new Set((await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((user) => user.email));
  wanted.contacts.forEach((contact, index) => {
    if (contact.user && !users.has(contact.user)) problems.push({ path: `contacts[${index}].user`, message: `names no Muster user: "${contact.user}"` });
  });

  const services = removedKeys(changes, "services");
  const uses = await tx.incidentService.findMany({
    where: { service: { key: { in: services } } },
    orderBy: { incident: { number: "asc" } },
    select: { service: { select: { key: true, name: true } }, incident: { select: { number: true, title: true, state: true } } },
  });
  for (const key of services) {
    const use = uses.filter((candidate) => candidate.service.key === key);
    const running = use.find((candidate) => isActive(candidate.incident.state));
    const named = running ?? use[0];
    if (!named) continue;
    const incident = `incident #${named.incident.number} "${named.incident.title}"`;
    problems.push({
      path: "services",
      message: running
        ? `${named.service.name} (${key}) cannot be removed: the running ${incident} uses it`
        : `${named.service.name} (${key}) cannot be removed: the record of ${incident} names it`,
    });
  }

  const levels = removedKeys(changes, "escalationLevels");
  for (const level of await tx.escalationLevel.findMany({ where: { key: { in: levels }, incidentLevels: { some: {} } }, select: { key: true, name: true } })) {
    problems.push({ path: "escalationLevels", message: `${level.name} (${level.key}) cannot be removed: incidents have escalated through it` });
  }
  const criteria = removedKeys(changes, "successCriteria");
  for (const criterion of await tx.successCriterion.findMany({ where: { key: { in: criteria }, scores: { some: {} } }, select: { key: true, name: true } })) {
    problems.push({ path: "successCriteria", message: `${criterion.name} (${criterion.key}) cannot be removed: post-incident reviews have scored it` });
  }
  const checks = removedKeys(changes, "verificationSchedule");
  for (const check of await tx.backupVerificationSchedule.findMany({ where: { key: { in: checks }, records: { some: {} } }, select: { key: true, activity: true } })) {
    problems.push({ path: "verificationSchedule", message: `${check.activity} (${check.key}) cannot be removed: backup verifications are recorded against it` });
  }
  return problems;
}

/** The items of a part to write: all of them, in order, once anything in the part changed (so positions stay right). */
function toWrite<Item>(changes: readonly PlanCodeChange[], part: PlanPart, items: readonly Item[]) {
  const ofPart = changes.filter((change) => change.part === part);
  const rewritten = new Set(ofPart.filter((change) => change.change !== "removed").map((change) => change.key));
  return { items: ofPart.length > 0 ? items.map((item, index) => ({ item, position: index + 1 })) : [], rewritten };
}

const idsOf = (rows: readonly { id: string; key: string }[]) => new Map(rows.map((row) => [row.key, row.id]));

/** Lines of a positional list (steps, list items) rewritten in place: the same place keeps its row. */
async function rewriteInPlace<Line>(
  existing: readonly { id: string; position: number }[],
  wanted: readonly Line[],
  write: { update: (id: string, line: Line) => Promise<unknown>; create: (line: Line, position: number) => Promise<unknown>; remove: (ids: string[]) => Promise<unknown> },
) {
  const byPosition = new Map(existing.map((row) => [row.position, row.id]));
  for (const [index, line] of wanted.entries()) {
    const id = byPosition.get(index + 1);
    await (id ? write.update(id, line) : write.create(line, index + 1));
  }
  const extra = existing.filter((row) => row.position > wanted.length).map((row) => row.id);
  if (extra.length > 0) await write.remove(extra);
}

/** Makes the database hold `wanted`, writing only the parts that `changes` touch. */
async function applyPlan(tx: Tx, wanted: PlanContent, changes: readonly PlanCodeChange[]) {
  if (changes.some((change) => change.part === "document")) {
    await tx.planDocument.update({ where: { id: "plan" }, data: wanted.document });
  }

  const tiers = toWrite(changes, "recoveryTiers", wanted.recoveryTiers);
  for (const { item, position } of tiers.items) {
    await tx.recoveryTier.upsert({ where: { severity: item.severity }, create: { ...item, position }, update: { ...item, position } });
  }

  const points = toWrite(changes, "dataRecoveryPoints", wanted.dataRecoveryPoints);
  for (const { item, position } of points.items) {
    await tx.dataRecoveryPoint.upsert({ where: { key: item.key }, create: { ...item, position }, update: { ...item, position } });
  }

  const services = toWrite(changes, "services", wanted.services);
  for (const { item, position } of services.items) {
    const { key, name, description, priority, rtoMinutes, rpoMinutes, inPriorityMatrix, isPublic } = item;
    const data = { key, name, description, priority, rtoMinutes, rpoMinutes, inPriorityMatrix, isPublic, position };
    await tx.service.upsert({ where: { key }, create: data, update: data });
  }
  const serviceIds = idsOf(await tx.service.findMany({ select: { id: true, key: true } }));
  for (const { item } of services.items.filter(({ item }) => services.rewritten.has(item.key))) {
    const serviceId = serviceIds.get(item.key)!;
    await tx.serviceDependency.deleteMany({ where: { serviceId } });
    await tx.serviceDependency.createMany({ data: item.dependsOn.map((key) => ({ serviceId, dependsOnId: serviceIds.get(key)! })) });
  }

  const runbooks = toWrite(changes, "runbooks", wanted.runbooks);
  for (const { item: { phases, ...runbook }, position } of runbooks.items) {
    const { id: runbookId } = await tx.runbook.upsert({ where: { key: runbook.key }, create: { ...runbook, position }, update: { ...runbook, position } });
    if (!runbooks.rewritten.has(runbook.key)) continue;
    await tx.runbookPhase.deleteMany({ where: { runbookId, key: { notIn: phases.map((phase) => phase.key) } } });
    for (const [index, { steps, ...phase }] of phases.entries()) {
      const { id: phaseId } = await tx.runbookPhase.upsert({
        where: { runbookId_key: { runbookId, key: phase.key } },
        create: { ...phase, runbookId, position: index + 1 },
        update: { ...phase, position: index + 1 },
      });
      const existing = await tx.runbookStep.findMany({ where: { phaseId }, select: { id: true, position: true } });
      const stepData = ({ service, ...step }: (typeof steps)[number]) => ({ ...step, serviceId: service ? serviceIds.get(service)! : null });
      await rewriteInPlace(existing, steps, {
        update: (id, step) => tx.runbookStep.update({ where: { id }, data: stepData(step) }),
        create: (step, stepPosition) => tx.runbookStep.create({ data: { ...stepData(step), phaseId, position: stepPosition } }),
        remove: (ids) => tx.runbookStep.deleteMany({ where: { id: { in: ids } } }),
      });
    }
  }
  const runbookIds = idsOf(await tx.runbook.findMany({ select: { id: true, key: true } }));

  const scenarios = toWrite(changes, "scenarios", wanted.scenarios);
  for (const { item: { runbooks: links, tier, ...scenario }, position } of scenarios.items) {
    const data = { ...scenario, severity: tier, position };
    const { id: scenarioId } = await tx.scenario.upsert({ where: { key: scenario.key }, create: data, update: data });
    if (!scenarios.rewritten.has(scenario.key)) continue;
    await tx.scenarioRunbook.deleteMany({ where: { scenarioId } });
    await tx.scenarioRunbook.createMany({ data: links.map((key, index) => ({ scenarioId, runbookId: runbookIds.get(key)!, position: index + 1 })) });
  }

  await tx.recoveryScript.deleteMany({ where: { path: { in: removedKeys(changes, "recoveryScripts") } } });
  for (const { item, position } of toWrite(changes, "recoveryScripts", wanted.recoveryScripts).items) {
    await tx.recoveryScript.upsert({ where: { path: item.path }, create: { ...item, position }, update: { ...item, position } });
  }

  const contacts = toWrite(changes, "contacts", wanted.contacts);
  // A Muster user is one contact at most: links that move are let go first, so two contacts can swap.
  await tx.contact.updateMany({ where: { key: { in: [...contacts.rewritten] } }, data: { userId: null } });
  await tx.contact.deleteMany({ where: { key: { in: removedKeys(changes, "contacts") } } });
  const userIds = new Map(
    (await tx.user.findMany({ where: { email: { in: wanted.contacts.flatMap((contact) => contact.user ?? []) } }, select: { id: true, email: true } })).map(
      (user) => [user.email, user.id],
    ),
  );
  for (const { item: { user, ...contact }, position } of contacts.items) {
    const data = { ...contact, position, userId: user ? userIds.get(user)! : null };
    await tx.contact.upsert({ where: { key: contact.key }, create: data, update: data });
  }
  const contactIds = idsOf(await tx.contact.findMany({ select: { id: true, key: true } }));

  const levels = toWrite(changes, "escalationLevels", wanted.escalationLevels);
  for (const { item: { targets, ...level }, position } of levels.items) {
    const { id: levelId } = await tx.escalationLevel.upsert({ where: { key: level.key }, create: { ...level, position }, update: { ...level, position } });
    if (!levels.rewritten.has(level.key)) continue;
    await tx.escalationTarget.deleteMany({ where: { levelId } });
    await tx.escalationTarget.createMany({ data: targets.map((key, index) => ({ levelId, contactId: contactIds.get(key)!, position: index + 1 })) });
  }

  for (const { item, position } of toWrite(changes, "backupPolicies", wanted.backupPolicies).items) {
    await tx.backupPolicy.upsert({ where: { key: item.key }, create: { ...item, position }, update: { ...item, position } });
  }
  for (const { item, position } of toWrite(changes, "verificationSchedule", wanted.verificationSchedule).items) {
    await tx.backupVerificationSchedule.upsert({ where: { key: item.key }, create: { ...item, position }, update: { ...item, position } });
  }
  const scenarioIds = idsOf(await tx.scenario.findMany({ select: { id: true, key: true } }));
  const drills = toWrite(changes, "drillSchedule", wanted.drillSchedule);
  for (const { item: { runbook, scenario, services: scope, ...drill }, position } of drills.items) {
    const data = { ...drill, position, runbookId: runbook ? runbookIds.get(runbook)! : null, scenarioId: scenario ? scenarioIds.get(scenario)! : null };
    const { id: drillScheduleId } = await tx.drillSchedule.upsert({ where: { key: drill.key }, create: data, update: data });
    if (!drills.rewritten.has(drill.key)) continue;
    await tx.drillScheduleService.deleteMany({ where: { drillScheduleId } });
    await tx.drillScheduleService.createMany({ data: scope.map((key) => ({ drillScheduleId, serviceId: serviceIds.get(key)! })) });
  }
  for (const { item, position } of toWrite(changes, "successCriteria", wanted.successCriteria).items) {
    await tx.successCriterion.upsert({ where: { key: item.key }, create: { ...item, position }, update: { ...item, position } });
  }
  for (const { item, position } of toWrite(changes, "reviewAgenda", wanted.reviewAgenda).items) {
    await tx.reviewAgendaItem.upsert({ where: { key: item.key }, create: { ...item, position }, update: { ...item, position } });
  }
  for (const { item, position } of toWrite(changes, "reviewCadences", wanted.reviewCadences).items) {
    await tx.planReviewCadence.upsert({ where: { key: item.key }, create: { ...item, position }, update: { ...item, position } });
  }

  const lists = toWrite(changes, "planLists", wanted.planLists);
  for (const { item: { items, ...list }, position } of lists.items) {
    await tx.planList.upsert({ where: { key: list.key }, create: { ...list, position }, update: { ...list, position } });
    if (!lists.rewritten.has(list.key)) continue;
    const existing = await tx.planListItem.findMany({ where: { listKey: list.key }, select: { id: true, position: true } });
    await rewriteInPlace(existing, items, {
      update: (id, line) => tx.planListItem.update({ where: { id }, data: line }),
      create: (line, linePosition) => tx.planListItem.create({ data: { ...line, listKey: list.key, position: linePosition } }),
      remove: (ids) => tx.planListItem.deleteMany({ where: { id: { in: ids } } }),
    });
  }

  for (const { item, position } of toWrite(changes, "communicationTemplates", wanted.communicationTemplates).items) {
    await tx.communicationTemplate.upsert({ where: { key: item.key }, create: { ...item, position }, update: { ...item, position } });
  }

  for (const { item, position } of toWrite(changes, "reportingObligations", wanted.reportingObligations).items) {
    const data = { ...item, deadlines: item.deadlines as unknown as Prisma.InputJsonValue, position };
    await tx.reportingObligation.upsert({ where: { key: item.key }, create: data, update: data });
  }

  // Removed last, once nothing that stays names them.
  await tx.scenario.deleteMany({ where: { key: { in: removedKeys(changes, "scenarios") } } });
  await tx.drillSchedule.deleteMany({ where: { key: { in: removedKeys(changes, "drillSchedule") } } });
  await tx.escalationLevel.deleteMany({ where: { key: { in: removedKeys(changes, "escalationLevels") } } });
  await tx.runbook.deleteMany({ where: { key: { in: removedKeys(changes, "runbooks") } } });
  await tx.service.deleteMany({ where: { key: { in: removedKeys(changes, "services") } } });
  await tx.recoveryTier.deleteMany({ where: { severity: { in: removedKeys(changes, "recoveryTiers") as PlanModel["recoveryTiers"][number]["severity"][] } } });
  await tx.dataRecoveryPoint.deleteMany({ where: { key: { in: removedKeys(changes, "dataRecoveryPoints") } } });
  await tx.backupPolicy.deleteMany({ where: { key: { in: removedKeys(changes, "backupPolicies") } } });
  await tx.backupVerificationSchedule.deleteMany({ where: { key: { in: removedKeys(changes, "verificationSchedule") } } });
  await tx.successCriterion.deleteMany({ where: { key: { in: removedKeys(changes, "successCriteria") } } });
  await tx.reviewAgendaItem.deleteMany({ where: { key: { in: removedKeys(changes, "reviewAgenda") } } });
  await tx.planReviewCadence.deleteMany({ where: { key: { in: removedKeys(changes, "reviewCadences") } } });
  await tx.planList.deleteMany({ where: { key: { in: removedKeys(changes, "planLists") } } });
  await tx.communicationTemplate.deleteMany({ where: { key: { in: removedKeys(changes, "communicationTemplates") } } });
  await tx.reportingObligation.deleteMany({ where: { key: { in: removedKeys(changes, "reportingObligations") } } });
}

function countsOf(changes: readonly PlanCodeChange[]) {
  const count = (kind: PlanCodeChange["change"]) => changes.filter((change) => change.change === kind).length;
  return { added: count("added"), changed: count("changed"), removed: count("removed") };
}

/** "3 changed, 1 added" — the change record's label for an import. */
function summary(counts: PlanImportReport["counts"]) {
  const parts = (["added", "changed", "removed"] as const).filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`);
  return `Plan imported: ${parts.join(", ")}`;
}

/**
 * Imports a whole plan already read into the model (the plan as code, or as a Markdown document):
 * checks what the database must keep, then applies every change as one version, or only reports
 * them when `dryRun`.
 */
export async function importPlanContent(user: SignedInUser, content: PlanContent, { dryRun = false }: { dryRun?: boolean } = {}): Promise<PlanImportReport> {
  requirePlanAdmin(user);
  return inPlanTransaction(async (tx) => {
    const current = await readPlanModel(tx);
    const wanted = withDemoMarkers(current, content);
    const changes = planChanges(current, wanted);
    const problems = await databaseProblems(tx, wanted, changes);
    if (problems.length > 0) refuse(problems);
    const counts = countsOf(changes);
    const wouldMakeVersion = changes.length > 0 ? nextVersion(current.document.version) : null;
    if (dryRun || changes.length === 0) return { applied: false, version: current.document.version, wouldMakeVersion, counts, changes };

    await applyPlan(tx, wanted, changes);
    const record = await recordPlanChange(tx, user, {
      kind: "import",
      key: "plan",
      label: summary(counts),
      before: Object.fromEntries(changes.map((change) => [changeName(change), change.before])),
      after: Object.fromEntries(changes.map((change) => [changeName(change), change.after])),
    });
    return { applied: true, version: record.version, wouldMakeVersion, counts, changes };
  }, { timeoutMs: 60_000 });
}

const YAML_TYPES = new Set(["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"]);

/** The document's format from its Content-Type: JSON or YAML, nothing else. */
function formatOf(contentType: string | null): PlanCodeFormat {
  const type = contentType?.split(";")[0].trim().toLowerCase() ?? "";
  if (type === "application/json" || type.endsWith("+json")) return "json";
  if (YAML_TYPES.has(type)) return "yaml";
  throw new DomainError("unsupported_media_type", "Send the plan as YAML (Content-Type: application/yaml) or JSON (Content-Type: application/json).");
}

/** POST /api/plan/import: the document as the request's body, its format from its Content-Type; `?dryRun=true` only reports. */
export async function importPlanRequest(user: SignedInUser, body: { text: string; contentType: string | null }, query: unknown) {
  requirePlanAdmin(user);
  const { dryRun } = parseInput(importQuerySchema, query);
  return importPlanCode(user, body.text, formatOf(body.contentType), { dryRun: dryRun === "true" });
}

/** Imports the plan as code (YAML or JSON text): every problem in the document refused at once, nothing changed. */
export async function importPlanCode(user: SignedInUser, text: string, format: PlanCodeFormat, options: { dryRun?: boolean } = {}) {
  requirePlanAdmin(user);
  const read = readPlanCode(text, format);
  if (!read.plan) refuse(read.problems);
  return importPlanContent(user, read.plan, options);
}
