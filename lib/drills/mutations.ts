import "server-only";
import { db } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/mutations";
import { publishNotifications } from "@/lib/realtime/publish";
import { DomainError } from "@/lib/errors";
import { listDrillSchedules, listSuccessCriteria, readDrillSchedules } from "@/lib/drills/data";
import { drillPlanValues, presentDrillSchedule, presentStartedDrill, presentSuccessCriterion } from "@/lib/drills/present";
import { startDrillSchema, updateDrillScheduleSchema, updateSuccessCriterionSchema } from "@/lib/drills/schema";
import { canDeclareIncident } from "@/lib/incidents/ability";
import { findAffectedServices, loadRunbooksByKey, openIncident } from "@/lib/incidents/mutations";
import { ACTIVE_STATES } from "@/lib/incidents/state-machine";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { editPlanItem } from "@/lib/plan/edit-item";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";
import { isoDay } from "@/lib/format";

const DRILL_PLAN_FIELDS = {
  runbook: { select: { key: true } },
  scenario: { select: { key: true } },
  services: { select: { service: { select: { key: true } } }, orderBy: { service: { key: "asc" } } },
} as const;

async function findDrillForEdit(tx: Tx, key: string) {
  const drill = await tx.drillSchedule.findUnique({ where: { key }, include: DRILL_PLAN_FIELDS });
  return drill && { ...drill, services: drill.services.map(({ service }) => service) };
}

/** The id of the item of `kind` with `key`, or an invalid-input refusal naming the field. */
async function idOf(found: { id: string } | null, field: string, what: string, key: string) {
  if (!found) throw new DomainError("invalid", `${field} names no ${what}: "${key}".`, field);
  return found.id;
}

/**
 * Changes a test of the recovery testing schedule (admins): its type, frequency, interval, duration,
 * scope, the runbook its drills work through, the scenario they rehearse and the services they
 * recover. Drills already run keep what they were run with.
 */
export async function updateDrillSchedule(user: SignedInUser, drillKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(drillKey, "key", "a recovery test's key");
  const { serviceKeys, ...changes } = parseInput(updateDrillScheduleSchema, input);
  // Kept in key order, so the same services in another order change nothing.
  const scope = serviceKeys && { serviceKeys: [...serviceKeys].sort() };
  const missing = `No recovery test has the key "${drillKey}".`;
  await editPlanItem(user, { ...changes, ...scope }, {
    kind: "drill",
    key,
    missing,
    find: (tx) => findDrillForEdit(tx, key),
    values: drillPlanValues,
    label: (after) => after.testType,
    write: async (tx, drill, { runbookKey, scenarioKey, serviceKeys: services, ...fields }) => {
      const runbookId =
        runbookKey === null ? null : runbookKey && (await idOf(await tx.runbook.findUnique({ where: { key: runbookKey } }), "runbookKey", "runbook", runbookKey));
      const scenarioId =
        scenarioKey === null ? null : scenarioKey && (await idOf(await tx.scenario.findUnique({ where: { key: scenarioKey } }), "scenarioKey", "scenario", scenarioKey));
      if (services) {
        const found = await tx.service.findMany({ where: { key: { in: services } }, select: { id: true, key: true } });
        const unknown = services.findIndex((serviceKey) => !found.some((service) => service.key === serviceKey));
        if (unknown >= 0) throw new DomainError("invalid", `serviceKeys names no service: "${services[unknown]}".`, `serviceKeys.${unknown}`);
        await tx.drillScheduleService.deleteMany({ where: { drillScheduleId: drill.id } });
        await tx.drillScheduleService.createMany({ data: found.map((service) => ({ drillScheduleId: drill.id, serviceId: service.id })) });
      }
      return tx.drillSchedule.update({ where: { id: drill.id }, data: { ...fields, runbookId, scenarioId } });
    },
  });
  const drill = (await listDrillSchedules(user)).find((candidate) => candidate.key === key);
  if (!drill) throw new DomainError("not_found", missing);
  return presentDrillSchedule(drill);
}

/**
 * Starts a drill of a recovery test (commanders and admins): an incident in drill mode, linked to
 * the test, with the test's procedure as its checklist (the procedure is the drill's script; the
 * incident response process belongs to real incidents), the services of its scope down and the
 * scenario it rehearses. One drill of a test runs at a time.
 */
export async function startDrill(user: SignedInUser, drillKey: string, input: unknown) {
  if (!canDeclareIncident(user.role)) throw new DomainError("forbidden", "Only an incident commander or an admin can start a drill.");
  const key = parseId(drillKey, "key", "a recovery test's key");
  const { title, drillNotifiesExternal = false } = parseInput(startDrillSchema, input);
  const drill = await db().drillSchedule.findUnique({
    where: { key },
    include: {
      runbook: { select: { key: true } },
      scenario: { select: { id: true, key: true, name: true, severity: true } },
      services: { select: { service: { select: { key: true } } }, orderBy: { service: { key: "asc" } } },
    },
  });
  if (!drill) throw new DomainError("not_found", `No recovery test has the key "${drillKey}".`);
  const services = drill.services.map(({ service }) => ({ key: service.key, impact: "down" as const }));
  const affected = await findAffectedServices(services);
  const runbooks = drill.runbook ? await loadRunbooksByKey([drill.runbook.key]) : [];
  const opening = {
    title: title ?? `${drill.testType} drill`,
    scenario: drill.scenario,
    services,
    runbooks,
    detectedAt: new Date(),
    isDrill: true,
    drillNotifiesExternal,
    drillScheduleId: drill.id,
  };
  const incident = await writeIncident(async (tx) => {
    // The test's row lock keeps two starts of the same test from both finding none under way.
    await tx.$queryRaw`SELECT id FROM "DrillSchedule" WHERE id = ${drill.id} FOR UPDATE`;
    const running = await tx.incident.findFirst({
      where: { drillScheduleId: drill.id, isDrill: true, state: { in: [...ACTIVE_STATES] } },
      select: { id: true, number: true },
    });
    if (running) {
      throw new DomainError("conflict", `A drill of ${drill.testType} is already under way (#${running.number}): end it before starting another.`, undefined, {
        incidentId: running.id,
      });
    }
    const { incident: opened, event } = await openIncident(tx, user, opening, affected);
    const started = await appendEvent(tx, opened.id, {
      type: "drill.started",
      actor: user,
      data: { drill: { key: drill.key, name: drill.testType }, notifiesExternal: drillNotifiesExternal },
    });
    return { result: opened, events: [event, started] };
  });
  return presentStartedDrill(incident, drill.key);
}

const REMINDER_WORDS = { due: "is due", overdue: "is overdue" } as const;

/**
 * Tells every active commander, in Muster, of each test that fell due or overdue and has no drill
 * under way: once per due date and state. The reminder row claims it first, so two nodes or a
 * restart remind once. Returns the tests reminded of, as "key:state".
 */
export async function remindDueDrills(now: Date): Promise<string[]> {
  const pending = (await readDrillSchedules(now)).filter((drill) => drill.state !== "done" && !drill.running);
  if (pending.length === 0) return [];
  // The scheduler runs every few seconds: a test already reminded of opens no transaction again.
  const sent = await db().drillReminder.findMany({
    where: { OR: pending.map((drill) => ({ drillScheduleId: drill.id, dueAt: drill.nextDueAt, state: drill.state })) },
    select: { drillScheduleId: true },
  });
  const reminded: string[] = [];
  for (const drill of pending.filter((candidate) => !sent.some((reminder) => reminder.drillScheduleId === candidate.id))) {
    const state = drill.state as keyof typeof REMINDER_WORDS;
    const notified = await db().$transaction(async (tx) => {
      const claim = await tx.drillReminder.createMany({ data: [{ drillScheduleId: drill.id, dueAt: drill.nextDueAt, state, remindedAt: now }], skipDuplicates: true });
      if (claim.count === 0) return null;
      const commanders = await tx.user.findMany({ where: { role: "commander", deactivatedAt: null }, select: { id: true } });
      const title = `The ${drill.testType} drill ${REMINDER_WORDS[state]}`;
      const body = `${drill.frequency} test, due on ${isoDay(drill.nextDueAt)}${drill.lastRunAt ? `; last run on ${isoDay(drill.lastRunAt)}` : "; never run"}. Start it from the Drills page.`;
      return createNotifications(tx, commanders.map((commander) => ({ userId: commander.id, kind: "drill-due", title, body })));
    });
    if (notified) {
      publishNotifications(notified);
      reminded.push(`${drill.key}:${state}`);
    }
  }
  return reminded;
}

/** Changes a success criterion a drill or a recovery is judged by (admins): its name and description. */
export async function updateSuccessCriterion(user: SignedInUser, criterionKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(criterionKey, "key", "a success criterion's key");
  const changes = parseInput(updateSuccessCriterionSchema, input);
  const missing = `No success criterion has the key "${criterionKey}".`;
  await editPlanItem(user, changes, {
    kind: "success-criterion",
    key,
    missing,
    find: (tx) => tx.successCriterion.findUnique({ where: { key } }),
    values: presentSuccessCriterion,
    label: (after) => after.name,
    write: (tx, _criterion, changed) => tx.successCriterion.update({ where: { key }, data: changed }),
  });
  const criterion = (await listSuccessCriteria(user)).find((candidate) => candidate.key === key);
  if (!criterion) throw new DomainError("not_found", missing);
  return presentSuccessCriterion(criterion);
}
