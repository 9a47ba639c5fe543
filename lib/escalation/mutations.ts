import "server-only";
// The plan's escalation matrix on the incident's clock: each level fires at detection + its
// threshold, once, whatever restarts or nodes come between (row locks decide who fires it).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { canCommandIncident } from "@/lib/incidents/ability";
import { accessFor, guardIncident, requireUnfinished } from "@/lib/incidents/data";
import { ACTIVE_STATES } from "@/lib/incidents/state-machine";
import { appUrl } from "@/lib/app-url";
import { acknowledgementLink } from "@/lib/escalation/ack-link";
import { escalationReasonSchema } from "@/lib/escalation/schema";
import { createNotifications } from "@/lib/notifications/mutations";
import { bridgeLines, enqueueIncidentNotice } from "@/lib/chat/mutations";
import type { EmailNotice } from "@/lib/outbound/mutations";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { MINUTE_MS } from "@/lib/format";
import { forEachIncident } from "@/lib/scheduler/per-incident";

/**
 * The lateByMs column is a PostgreSQL integer: a level due longer ago than that (about 24 days,
 * as for an incident declared years after its detection) is recorded as late by this much.
 */
const MAX_RECORDED_LATENESS_MS = 2 ** 31 - 1;

/** At declaration: one row per level of the plan's matrix, due at detection + its threshold. */
export async function scheduleEscalations(tx: Tx, incidentId: string, detectedAt: Date) {
  const levels = await tx.escalationLevel.findMany({ select: { id: true, afterMinutes: true } });
  await tx.incidentEscalation.createMany({
    data: levels.map((level) => ({
      incidentId,
      levelId: level.id,
      dueAt: new Date(detectedAt.getTime() + level.afterMinutes * MINUTE_MS),
    })),
  });
}

type Claimed = { id: string; incidentId: string; levelId: string; dueAt: Date };

/** Fires one claimed level: marks it, notifies the users behind its contacts, tells the timeline. */
async function fire(tx: Tx, claimed: Claimed, now: Date, actor: SignedInUser | null): Promise<{ event: IncidentEvent<"escalation.fired">; notified: string[] }> {
  const lateByMs = Math.min(MAX_RECORDED_LATENESS_MS, Math.max(0, now.getTime() - claimed.dueAt.getTime()));
  await tx.incidentEscalation.update({ where: { id: claimed.id }, data: { firedAt: now, lateByMs, manual: !!actor } });
  const level = await tx.escalationLevel.findUniqueOrThrow({
    where: { id: claimed.levelId },
    include: { targets: { orderBy: { position: "asc" }, include: { contact: true } } },
  });
  const contacts = level.targets.map(({ contact }) => contact);
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: claimed.incidentId },
    select: { number: true, title: true },
  });
  const notified = await createNotifications(
    tx,
    contacts.flatMap((contact) =>
      contact.userId
        ? [{
            userId: contact.userId,
            incidentId: claimed.incidentId,
            kind: "escalation",
            title: `${level.name}: incident #${incident.number} needs you`,
            body: `${incident.title} — escalated to ${level.audience}.`,
          }]
        : [],
    ),
  );
  const event = await appendEvent(tx, claimed.incidentId, {
    type: "escalation.fired",
    actor: actor && { id: actor.id, name: actor.name },
    data: {
      escalationId: claimed.id,
      level: { key: level.key, name: level.name, audience: level.audience, afterMinutes: level.afterMinutes },
      contacts: contacts.map(({ id, name, role, phone, email }) => ({ id, name, role, phone, email })),
      dueAt: claimed.dueAt.toISOString(),
      lateByMs,
      manual: !!actor,
    },
    occurredAt: now,
  });
  // Outside Muster as every incident notice goes: a drill's only when the drill says so.
  const paged = contacts.map((contact) => `${contact.name} (${contact.role})`).join(", ");
  await enqueueIncidentNotice(
    tx,
    claimed.incidentId,
    { event: "escalation.fired", headline: `Escalated to ${level.name}: ${level.audience}`, text: paged ? `Paged: ${paged}` : null },
    { level: event.data.level, contacts: event.data.contacts, firedAt: now.toISOString() },
    now,
    (bridge) => escalationEmails(claimed, incident, level, contacts, bridge),
  );
  return { event, notified };
}

type LevelWithAudience = { name: string; audience: string };
type ContactToCall = { name: string; role: string; phone: string; email: string; userId: string | null };

/** One e-mail per contact of the level: whom to call, the war room, and their acknowledgement link. */
function escalationEmails(
  claimed: Claimed,
  incident: { number: number; title: string },
  level: LevelWithAudience,
  contacts: ContactToCall[],
  bridge: { bridgeUrl: string | null },
): EmailNotice[] {
  const warRoom = appUrl(`/incidents/${claimed.incidentId}`).toString();
  const people = contacts.map((contact) => `- ${contact.name} (${contact.role}): ${contact.phone}, ${contact.email}`).join("\n");
  return contacts.map((contact) => ({
    to: contact.email,
    subject: `[Muster] Incident #${incident.number} escalated to ${level.name}`,
    text: [
      `${incident.title}`,
      `Escalated to ${level.name}: ${level.audience}.`,
      "",
      "People to call:",
      people,
      "",
      `War room: ${warRoom}`,
      ...bridgeLines(bridge),
      ...(contact.userId ? ["", `Acknowledge (you are on it): ${acknowledgementLink(claimed.id, contact.userId)}`] : []),
    ].join("\n"),
  }));
}

/**
 * Fires every level that is due for an active, unpaused incident, once, each incident in its own
 * transaction. Rows are claimed with FOR UPDATE SKIP LOCKED, so schedulers on several nodes (or
 * two in one test) never fire the same level twice; a level that fell due while Muster was down
 * fires at the next run, with its delay.
 */
export async function fireDueEscalations(now: Date): Promise<IncidentEvent[]> {
  const due = await db().$queryRaw<{ incidentId: string }[]>`
    SELECT DISTINCT e."incidentId"
    FROM "IncidentEscalation" e JOIN "Incident" i ON i.id = e."incidentId"
    WHERE e."firedAt" IS NULL AND e."dueAt" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      AND i."escalationPausedAt" IS NULL AND i.state::text = ANY(${ACTIVE_STATES as string[]})`;
  return forEachIncident(due.map(({ incidentId }) => incidentId), (incidentId) =>
    writeIncident(async (tx) => {
      // The incident's row first, as every other write to it takes it (escalating by hand locks
      // it, then its levels): taking the levels first would deadlock against that.
      await tx.$queryRaw`SELECT id FROM "Incident" WHERE id = ${incidentId} FOR NO KEY UPDATE`;
      const claimed = await tx.$queryRaw<Claimed[]>`
        SELECT e.id, e."incidentId", e."levelId", e."dueAt"
        FROM "IncidentEscalation" e JOIN "Incident" i ON i.id = e."incidentId"
        WHERE e."incidentId" = ${incidentId} AND e."firedAt" IS NULL AND e."dueAt" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
          AND i."escalationPausedAt" IS NULL AND i.state::text = ANY(${ACTIVE_STATES as string[]})
        ORDER BY e."dueAt"
        FOR UPDATE OF e SKIP LOCKED`;
      const fired: IncidentEvent[] = [];
      const notified: string[] = [];
      for (const level of claimed) {
        const { event, notified: paged } = await fire(tx, level, now, null);
        fired.push(event);
        notified.push(...paged);
      }
      return { result: fired, events: fired, notified };
    }),
  );
}

/** The commander escalates to the next level now, ahead of the plan's clock. */
export async function escalateNow(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, "Only the incident commander or an admin can escalate.");
    await requireUnfinished(tx, incidentId, "escalation");
    const { reason } = parseInput(escalationReasonSchema, input);
    const [next] = await tx.$queryRaw<Claimed[]>`
      SELECT e.id, e."incidentId", e."levelId", e."dueAt"
      FROM "IncidentEscalation" e
      WHERE e."incidentId" = ${incidentId} AND e."firedAt" IS NULL
      ORDER BY e."dueAt" LIMIT 1
      FOR UPDATE OF e`;
    if (!next) throw new DomainError("conflict", "Every level of the escalation matrix has fired already.");
    const { event, notified } = await fire(tx, next, new Date(), user);
    const reasonEvent = await appendEvent(tx, incidentId, {
      type: "escalation.manual",
      actor: user,
      data: { reason, level: event.data.level.name },
    });
    return { result: event, events: [event, reasonEvent], notified };
  });
}

async function setPaused(user: SignedInUser, incidentId: string, input: unknown, paused: boolean) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, "Only the incident commander or an admin can pause or resume escalation.");
    await requireUnfinished(tx, incidentId, "escalation");
    const { reason } = parseInput(escalationReasonSchema, input);
    const data: Prisma.IncidentUpdateManyMutationInput = paused
      ? { escalationPausedAt: new Date(), escalationPauseReason: reason }
      : { escalationPausedAt: null, escalationPauseReason: null };
    const { count } = await tx.incident.updateMany({
      where: { id: incidentId, escalationPausedAt: paused ? null : { not: null } },
      data,
    });
    if (count === 0) throw new DomainError("conflict", paused ? "Escalation is already paused." : "Escalation is not paused.");
    const event = await appendEvent(tx, incidentId, {
      type: paused ? "escalation.paused" : "escalation.resumed",
      actor: user,
      data: { reason },
    });
    return { result: event, events: [event] };
  });
}

/** Holds the escalation clock (levels due meanwhile fire on resume, late); the reason is recorded. */
export const pauseEscalation = (user: SignedInUser, incidentId: string, input: unknown) => setPaused(user, incidentId, input, true);
export const resumeEscalation = (user: SignedInUser, incidentId: string, input: unknown) => setPaused(user, incidentId, input, false);

/**
 * A paged person says they are on it; later levels still fire on the plan's clock. Paged are the
 * users behind the level's contacts; the commander and admins may acknowledge for the team.
 */
export async function acknowledgeEscalation(user: SignedInUser, escalationId: string, via: "app" | "email") {
  const escalation = await db().incidentEscalation.findUnique({
    where: { id: escalationId },
    include: { level: { include: { targets: { select: { contact: { select: { userId: true } } } } } } },
  });
  if (!escalation?.firedAt) throw new DomainError("not_found", "No escalation with that id has fired.");
  if (user.role === "viewer") throw new DomainError("forbidden", "Management watches incidents; it does not acknowledge pages.");
  return writeIncident(async (tx) => {
    const paged = escalation.level.targets.some(({ contact }) => contact.userId === user.id);
    if (!paged && !canCommandIncident(await accessFor(tx, escalation.incidentId, user))) {
      throw new DomainError("forbidden", `${escalation.level.name} did not page you: only the people it paged, the incident commander or an admin acknowledge it.`);
    }
    const existing = await tx.escalationAcknowledgement.findUnique({
      where: { incidentEscalationId_userId: { incidentEscalationId: escalationId, userId: user.id } },
    });
    if (existing) throw new DomainError("conflict", `You acknowledged ${escalation.level.name} already.`);
    await tx.escalationAcknowledgement.create({ data: { incidentEscalationId: escalationId, userId: user.id, via } });
    const event = await appendEvent(tx, escalation.incidentId, {
      type: "escalation.acknowledged",
      actor: user,
      data: { escalationId, level: escalation.level.name, via },
    });
    return { result: event, events: [event] };
  });
}
