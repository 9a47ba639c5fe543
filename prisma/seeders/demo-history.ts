// A few months of past incidents (prisma/seed-data/demo-history.ts) for a local trial: loaded once,
// on the first start with the embedded database (lib/database/prepare.ts), never by seedPlan, so the
// tests' template database holds no incident. Each incident is written as the domain functions
// would have left it: affected services with their deadlines, a ticked checklist, roles, status
// updates, a gapless timeline and its review with action items.
import { db } from "@/lib/db";
import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from "@/lib/format";
import { checklistFrom, loadRunbooks } from "@/lib/incidents/mutations";
import { listServices } from "@/lib/services/data";
import { recoveryObjectives } from "@/lib/services/recovery-order";
import { DEMO_HISTORY, type DemoIncident } from "../seed-data/demo-history";
import { demoReview, type People } from "./demo-review";
import { demoTimeline, later, type Person } from "./demo-timeline";
import type { Tx } from "./keys";

// Monitoring starts a couple of minutes after the last service is back; the review is scheduled an
// hour after resolution, and the incident closed an hour after the review.
const MONITORING_AFTER_RESTORE_MINUTES = 2;
// After acknowledging, the commander picks the response, then recovery starts.
const RESPONSE_AFTER_ACK_MINUTES = 2;
const RECOVERY_AFTER_ACK_MINUTES = 5;
const REVIEW_SCHEDULED_AFTER_MINUTES = MINUTES_PER_HOUR;
const CLOSED_AFTER_REVIEW_MINUTES = MINUTES_PER_HOUR;

type Catalogue = { services: Awaited<ReturnType<typeof listServices>>; objectives: ReturnType<typeof recoveryObjectives> };

async function demoPeople(): Promise<People> {
  const users = await db().user.findMany({ where: { isDemo: true }, select: { id: true, name: true, role: true } });
  const byRole = (role: keyof People): Person => {
    const user = users.find((candidate) => candidate.role === role);
    if (!user) throw new Error(`The demo history needs the demo ${role}, who is not seeded`);
    return { id: user.id, name: user.name };
  };
  return { commander: byRole("commander"), responder: byRole("responder"), admin: byRole("admin") };
}

function affectedServices(seed: DemoIncident, detectedAt: Date, catalogue: Catalogue) {
  return seed.services.map((affected) => {
    const service = catalogue.services.find((candidate) => candidate.key === affected.key);
    const objective = catalogue.objectives.get(affected.key);
    if (!service || !objective) throw new Error(`The demo history names "${affected.key}", which has no recovery objective`);
    const rtoDeadline = later(detectedAt, objective.rtoMinutes);
    const restoredAt = later(detectedAt, affected.restoredAfterMinutes);
    return {
      ...affected,
      serviceId: service.id,
      name: service.name,
      position: service.position,
      rtoDeadline,
      rpoTargetMinutes: objective.rpoMinutes,
      restoredAt,
      breachedAt: restoredAt > rtoDeadline ? rtoDeadline : null,
    };
  });
}

function incidentTimes(seed: DemoIncident, now: Date) {
  const detectedAt = later(now, -seed.daysAgo * MINUTES_PER_DAY);
  const at = (minutes: number) => later(detectedAt, minutes);
  const resolvedAt = at(seed.resolvedAfterMinutes);
  const heldAt = seed.review.heldAfterHours === null ? null : later(resolvedAt, seed.review.heldAfterHours * MINUTES_PER_HOUR);
  const lastRestoreMinutes = Math.max(...seed.services.map((service) => service.restoredAfterMinutes));
  const mitigatedAt = at(lastRestoreMinutes + MONITORING_AFTER_RESTORE_MINUTES);
  return {
    impactStartedAt: seed.impactMinutesBeforeDetection === null ? null : at(-seed.impactMinutesBeforeDetection),
    detectedAt,
    declaredAt: at(seed.declaredAfterMinutes),
    acknowledgedAt: at(seed.acknowledgedAfterMinutes),
    respondingAt: at(seed.acknowledgedAfterMinutes + RESPONSE_AFTER_ACK_MINUTES),
    recoveringAt: at(seed.acknowledgedAfterMinutes + RECOVERY_AFTER_ACK_MINUTES),
    lastRestoredAt: at(lastRestoreMinutes),
    mitigatedAt,
    validatingAt: new Date((mitigatedAt.getTime() + resolvedAt.getTime()) / 2),
    resolvedAt,
    heldAt,
    inReviewAt: seed.state === "resolved" ? null : later(resolvedAt, REVIEW_SCHEDULED_AFTER_MINUTES),
    closedAt: seed.state === "closed" && heldAt ? later(heldAt, CLOSED_AFTER_REVIEW_MINUTES) : null,
  };
}

type DemoTimes = ReturnType<typeof incidentTimes>;

/** `count` moments spread evenly between `from` and `to`. */
function spread(from: Date, to: Date, count: number): Date[] {
  const span = to.getTime() - from.getTime();
  return Array.from({ length: count }, (_, index) => new Date(from.getTime() + (span * (index + 1)) / (count + 1)));
}

type Runbooks = Awaited<ReturnType<typeof loadRunbooks>>["runbooks"];

/**
 * When each checklist item was ticked, in the checklist's order: the incident process first (its
 * opening phases before recovery starts, its last phase, monitoring and validation, after the
 * services are back), then the scenario's runbooks while services are being restored.
 */
function tickTimes(times: DemoTimes, [process, ...scenario]: Runbooks): Date[] {
  const steps = (phases: Runbooks[number]["phases"]) => phases.flatMap((phase) => phase.steps).length;
  return [
    ...spread(times.acknowledgedAt, times.recoveringAt, steps(process.phases.slice(0, -1))),
    ...spread(times.mitigatedAt, times.resolvedAt, steps(process.phases.slice(-1))),
    ...spread(times.recoveringAt, times.lastRestoredAt, steps(scenario.flatMap((runbook) => runbook.phases))),
  ];
}

async function seedIncident(tx: Tx, seed: DemoIncident, now: Date, people: People, catalogue: Catalogue) {
  const times = incidentTimes(seed, now);
  const services = affectedServices(seed, times.detectedAt, catalogue);
  const measured = seed.services.flatMap((service) => (service.dataLossMinutes === null ? [] : [service.dataLossMinutes]));
  const { scenario, runbooks } = await loadRunbooks(seed.scenarioKey);
  const drill = seed.drillScheduleKey ? await tx.drillSchedule.findUniqueOrThrow({ where: { key: seed.drillScheduleKey } }) : null;
  const checklist = checklistFrom(runbooks);
  const ticks = tickTimes(times, runbooks);
  const { impactStartedAt, detectedAt, declaredAt, acknowledgedAt, mitigatedAt, resolvedAt, closedAt } = times;

  const incident = await tx.incident.create({
    data: {
      title: seed.title,
      summary: seed.summary,
      scenarioId: scenario?.id,
      severity: seed.severityChangedTo ?? seed.severity,
      state: seed.state,
      isDrill: !!drill,
      drillScheduleId: drill?.id,
      isDemo: true,
      impactStartedAt,
      detectedAt,
      declaredAt,
      acknowledgedAt,
      mitigatedAt,
      resolvedAt,
      closedAt,
      dataLossMinutes: measured.length ? Math.max(...measured) : null,
      createdById: people.commander.id,
      services: {
        create: services.map((service) => ({
          serviceId: service.serviceId,
          impact: service.impact,
          rtoDeadline: service.rtoDeadline,
          rpoTargetMinutes: service.rpoTargetMinutes,
          breachedAt: service.breachedAt,
          restoredAt: service.restoredAt,
          recoveryMinutes: service.restoredAfterMinutes,
          dataLossMinutes: service.dataLossMinutes,
        })),
      },
      roles: {
        create: [
          { userId: people.commander.id, holderName: people.commander.name, role: "incident_commander", startedAt: declaredAt, assignedById: people.commander.id },
          { userId: people.responder.id, holderName: people.responder.name, role: "technical_lead", startedAt: later(acknowledgedAt, 1), assignedById: people.commander.id },
        ],
      },
      checklist: {
        create: checklist.map((item, index) => ({ ...item, done: true, doneAt: ticks[index], doneBy: { connect: { id: people.responder.id } }, version: 2 })),
      },
    },
    select: { id: true, number: true, checklist: { orderBy: { position: "asc" }, select: { id: true, title: true } } },
  });

  const statusUpdates = [];
  for (const update of seed.statusUpdates) {
    const postedAt = later(detectedAt, update.afterMinutes);
    const { id } = await tx.statusUpdate.create({
      data: { incidentId: incident.id, audience: update.audience, subject: update.subject, body: update.body, authorId: people.commander.id, postedAt },
    });
    statusUpdates.push({ id, at: postedAt, audience: update.audience, subject: update.subject ?? null, body: update.body });
  }

  const events = demoTimeline({
    incidentId: incident.id,
    number: incident.number,
    title: seed.title,
    declaredSeverity: seed.severity,
    severityChangedTo: seed.severityChangedTo,
    scenario: { key: seed.scenarioKey, name: scenario?.name ?? seed.scenarioKey },
    isDrill: !!drill,
    commander: people.commander,
    responder: people.responder,
    times,
    services,
    ticks: incident.checklist.map((item, index) => ({ itemId: item.id, title: item.title, doneAt: ticks[index], by: people.responder })),
    notes: seed.notes.map((note) => ({ at: later(detectedAt, note.afterMinutes), by: people[note.by], body: note.body })),
    statusUpdates,
  });
  // TimelineEvent is append-only: rows are inserted, never changed, and lastSeq is where they end.
  await tx.timelineEvent.createMany({ data: events });
  await tx.incident.update({ where: { id: incident.id }, data: { lastSeq: events.length } });
  await tx.postIncidentReview.create({ data: demoReview(seed.review, incident.id, { times, services, now, people }) });
}

/**
 * Loads the demo history as of `now`, unless some of it is there already. Returns how many
 * incidents it wrote.
 */
export async function seedDemoHistory(now: Date): Promise<number> {
  if (await db().incident.count({ where: { isDemo: true } })) return 0;
  const people = await demoPeople();
  const services = await listServices();
  const catalogue = { services, objectives: recoveryObjectives(services) };
  await db().$transaction(
    async (tx) => {
      for (const seed of DEMO_HISTORY) await seedIncident(tx, seed, now, people, catalogue);
    },
    // One transaction, so a failed load leaves no half-written incident; the 5 s default is for requests.
    { timeout: 60_000 },
  );
  return DEMO_HISTORY.length;
}
