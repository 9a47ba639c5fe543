import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentState, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { canCommandIncident, canDeclareIncident } from "@/lib/incidents/ability";
import { finishedIncident, guardIncident, incidentNotFound } from "@/lib/incidents/data";
import { canTransition, isActive, NEXT_STATES, SEVERITY_LABELS, STATE_LABELS, STATE_TIMESTAMPS } from "@/lib/incidents/state-machine";
import { enqueueIncidentNotice } from "@/lib/chat/mutations";
import { changeSeveritySchema, declareIncidentSchema, transitionSchema } from "@/lib/incidents/schema";
import { scheduleEscalations } from "@/lib/escalation/mutations";
import { listServices } from "@/lib/services/data";
import { recoveryObjectives } from "@/lib/services/recovery-order";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { MINUTE_MS } from "@/lib/format";
import { createReview } from "@/lib/reviews/mutations";

/** Every incident follows the plan's incident response process, before the scenario's runbooks. */
const INCIDENT_PROCESS_RUNBOOK = "incident-response-process";


/** The plan's tiers mirror its service priorities: priority 1 services are critical, 2 major. */
function severityForPriority(priority: number | undefined): Severity {
  if (priority === 1) return "critical";
  if (priority === 2) return "major";
  return "minor";
}

/** The runbooks named, with their phases and steps, in the order given. */
export async function loadRunbooksByKey(keys: readonly string[]) {
  const runbooks = await db().runbook.findMany({
    where: { key: { in: [...keys] } },
    include: { phases: { orderBy: { position: "asc" }, include: { steps: { orderBy: { position: "asc" } } } } },
  });
  return runbooks.sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key));
}

/** The runbooks an incident of this scenario works: the incident process first, then the scenario's. */
export async function loadRunbooks(scenarioKey: string | null | undefined) {
  const scenario = scenarioKey
    ? await db().scenario.findUnique({
        where: { key: scenarioKey },
        include: { runbooks: { orderBy: { position: "asc" }, select: { runbook: { select: { key: true } } } } },
      })
    : null;
  if (scenarioKey && !scenario) {
    throw new DomainError("invalid", `No scenario has the key "${scenarioKey}".`, "scenarioKey");
  }
  const keys = [INCIDENT_PROCESS_RUNBOOK, ...(scenario?.runbooks.map(({ runbook }) => runbook.key) ?? [])];
  return { scenario, runbooks: await loadRunbooksByKey(keys) };
}

type LoadedRunbooks = Awaited<ReturnType<typeof loadRunbooksByKey>>;

/** The runbooks' steps as checklist items, numbered in order. */
export function checklistFrom(runbooks: LoadedRunbooks) {
  const items: Prisma.ChecklistItemCreateWithoutIncidentInput[] = [];
  for (const runbook of runbooks) {
    for (const phase of runbook.phases) {
      for (const step of phase.steps) {
        items.push({
          runbookStep: { connect: { id: step.id } },
          runbookTitle: runbook.title,
          phaseName: phase.name,
          windowStartMinutes: phase.windowStartMinutes,
          windowEndMinutes: phase.windowEndMinutes,
          windowAnchor: phase.windowAnchor,
          position: items.length + 1,
          title: step.title,
          details: step.details,
          command: step.command,
          ...(step.serviceId ? { service: { connect: { id: step.serviceId } } } : {}),
        });
      }
    }
  }
  return items;
}

type AffectedService = { key: string; impact: ServiceImpact };

/** What an incident is opened with, the plan's parts already looked up. */
export type IncidentOpening = {
  title: string;
  scenario: { id: string; key: string; name: string; severity: Severity | null } | null;
  services: readonly AffectedService[];
  runbooks: LoadedRunbooks;
  detectedAt: Date;
  impactStartedAt?: Date;
  severity?: Severity;
  isDrill: boolean;
  drillNotifiesExternal: boolean;
  /** The recovery test a drill runs, when started from the schedule. */
  drillScheduleId?: string;
};

/** Each affected service from the catalogue, with its objectives from the priority matrix; refused by `field` when unknown. */
export async function findAffectedServices(services: readonly AffectedService[], field = "services") {
  const catalogue = await listServices();
  const objectives = recoveryObjectives(catalogue);
  return services.map(({ key, impact }, index) => {
    const service = catalogue.find((candidate) => candidate.key === key);
    if (!service) throw new DomainError("invalid", `No service has the key "${key}".`, `${field}.${index}.key`);
    return { service, impact, objective: objectives.get(key) };
  });
}

type FoundServices = Awaited<ReturnType<typeof findAffectedServices>>;

/**
 * Opens an incident inside the caller's transaction (DESIGN.md, "The incident's path"): each
 * affected service's RTO deadline and RPO target from the priority matrix, the runbooks as the
 * checklist, the declaring user as incident commander, its escalation clock and its declaration
 * on the timeline.
 */
export async function openIncident(tx: Tx, user: SignedInUser, opening: IncidentOpening, affected: FoundServices) {
  const { title, scenario, detectedAt, impactStartedAt, isDrill } = opening;
  const severity =
    opening.severity ?? scenario?.severity ?? severityForPriority(Math.min(...affected.map((a) => a.objective?.priority ?? 4)));
  const tier = await tx.recoveryTier.findUniqueOrThrow({ where: { severity } });
  const incident = await tx.incident.create({
    data: {
      title,
      statusUpdateDueAt: new Date(Date.now() + tier.statusUpdateIntervalMinutes * MINUTE_MS),
      severity,
      isDrill,
      drillNotifiesExternal: isDrill && opening.drillNotifiesExternal,
      detectedAt,
      impactStartedAt,
      scenario: scenario ? { connect: { id: scenario.id } } : undefined,
      drillSchedule: opening.drillScheduleId ? { connect: { id: opening.drillScheduleId } } : undefined,
      createdBy: { connect: { id: user.id } },
      services: {
        create: affected.map(({ service, impact, objective }) => ({
          service: { connect: { id: service.id } },
          impact,
          // A service nothing rated depends on falls back to its incident tier's objectives.
          rtoDeadline: new Date(detectedAt.getTime() + (objective?.rtoMinutes ?? tier.rtoMaxMinutes) * MINUTE_MS),
          rpoTargetMinutes: objective?.rpoMinutes ?? tier.rpoMinutes,
        })),
      },
      roles: { create: { userId: user.id, holderName: user.name, role: "incident_commander", assignedById: user.id } },
      checklist: { create: checklistFrom(opening.runbooks) },
    },
  });
  await scheduleEscalations(tx, incident.id, detectedAt);
  const event = await appendEvent(tx, incident.id, {
    type: "incident.declared",
    actor: user,
    data: {
      number: incident.number,
      title,
      severity,
      scenario: scenario ? { key: scenario.key, name: scenario.name } : null,
      services: affected.map(({ service, impact }) => ({ key: service.key, name: service.name, impact })),
      detectedAt: detectedAt.toISOString(),
      impactStartedAt: impactStartedAt?.toISOString() ?? null,
      isDrill,
    },
  });
  await enqueueIncidentNotice(
    tx,
    incident.id,
    { event: "incident.declared", headline: `Declared ${SEVERITY_LABELS[severity].toLowerCase()} by ${user.name}`, text: scenario ? `Scenario: ${scenario.name}` : null },
    { declaredBy: user.name },
    new Date(),
  );
  return { incident, event };
}

/** Declares an incident from the plan: severity from the scenario's tier, or from its services' priorities. */
export async function declareIncident(user: SignedInUser, input: unknown) {
  if (!canDeclareIncident(user.role)) {
    throw new DomainError("forbidden", "Only an incident commander or an admin can declare an incident.");
  }
  const { title, scenarioKey, services, detectedAt = new Date(), impactStartedAt, severity, isDrill = false, drillNotifiesExternal = false } = parseInput(
    declareIncidentSchema,
    input,
  );
  const affected = await findAffectedServices(services);
  const { scenario, runbooks } = await loadRunbooks(scenarioKey);
  const opening: IncidentOpening = { title, scenario, services, runbooks, detectedAt, impactStartedAt, severity, isDrill, drillNotifiesExternal };
  return writeIncident(async (tx) => {
    const { incident, event } = await openIncident(tx, user, opening, affected);
    return { result: incident, events: [event] };
  });
}

/** Locks the incident's row for the rest of the transaction, so two commands cannot interleave. */
type LockedIncident = { id: string; number: number; state: IncidentState; severity: Severity } & Record<
  "acknowledgedAt" | "mitigatedAt" | "resolvedAt" | "closedAt",
  Date | null
>;

async function lockIncident(tx: Tx, incidentId: string): Promise<LockedIncident> {
  const [incident] = await tx.$queryRaw<LockedIncident[]>`
    SELECT id, number, state, severity, "acknowledgedAt", "mitigatedAt", "resolvedAt", "closedAt"
    FROM "Incident" WHERE id = ${incidentId} FOR UPDATE`;
  if (!incident) throw incidentNotFound(incidentId);
  return incident;
}

function requireCommand(tx: Tx, incidentId: string, user: SignedInUser, what: string) {
  return guardIncident(tx, incidentId, user, canCommandIncident, `Only the incident commander or an admin can ${what}.`);
}

/** Moves the incident along its path; an illegal move is a 409 that says which moves are legal. */
export async function transitionIncident(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    const current = await lockIncident(tx, incidentId);
    const from = current.state;
    await requireCommand(tx, incidentId, user, "change the incident's state");
    const { to } = parseInput(transitionSchema, input);
    if (!canTransition(from, to)) {
      const legal = NEXT_STATES[from].map((state) => STATE_LABELS[state]).join(" or ") || "nothing: it is closed";
      throw new DomainError(
        "conflict",
        `An incident that is ${STATE_LABELS[from]} cannot move to ${STATE_LABELS[to]}; it can move to ${legal}.`,
        "to",
        { state: from },
      );
    }
    const now = new Date();
    const stamp = STATE_TIMESTAMPS[to];
    const incident = await tx.incident.update({
      where: { id: incidentId },
      data: { state: to, ...(stamp && !current[stamp] ? { [stamp]: now } : {}) },
    });
    const event = await appendEvent(tx, incidentId, {
      type: "incident.transitioned",
      actor: user,
      data: { from, to },
      occurredAt: now,
    });
    // Resolution starts the post-incident review's 48 hours; an incident gets one review.
    const { resolvedAt } = incident;
    const review = to === "resolved" && resolvedAt ? await createReview(tx, { ...incident, resolvedAt }) : null;
    if (to === "resolved") {
      await enqueueIncidentNotice(tx, incidentId, { event: "incident.resolved", headline: `Resolved by ${user.name}` }, { from, resolvedBy: user.name }, now);
    }
    return { result: incident, events: review ? [event, review] : [event] };
  });
}

export async function changeSeverity(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    const current = await lockIncident(tx, incidentId);
    await requireCommand(tx, incidentId, user, "change the severity");
    if (!isActive(current.state)) throw finishedIncident(current, "severity changes");
    const { severity } = parseInput(changeSeveritySchema, input);
    const from = current.severity;
    if (from === severity) throw new DomainError("conflict", `The incident is already ${severity}.`, "severity");
    const incident = await tx.incident.update({ where: { id: incidentId }, data: { severity } });
    const event = await appendEvent(tx, incidentId, {
      type: "incident.severity_changed",
      actor: user,
      data: { from, to: severity },
    });
    await enqueueIncidentNotice(
      tx,
      incidentId,
      { event: "incident.severity_changed", headline: `Severity changed from ${SEVERITY_LABELS[from]} to ${SEVERITY_LABELS[severity]} by ${user.name}` },
      { from, to: severity, changedBy: user.name },
      new Date(),
    );
    return { result: incident, events: [event] };
  });
}
