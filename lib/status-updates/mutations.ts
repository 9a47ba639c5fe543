import "server-only";
import { canWorkIncident } from "@/lib/incidents/ability";
import { guardIncident } from "@/lib/incidents/data";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { db } from "@/lib/db";
import { ACTIVE_STATES } from "@/lib/incidents/state-machine";
import { publishIncidentEvents } from "@/lib/realtime/publish";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { MINUTE_MS } from "@/lib/format";


/** The next update falls due the severity's interval after this one (the plan's cadence by tier). */
async function restartStatusClock(tx: Tx, incidentId: string, postedAt: Date) {
  const { severity } = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { severity: true } });
  const tier = await tx.recoveryTier.findUniqueOrThrow({ where: { severity } });
  await tx.incident.update({
    where: { id: incidentId },
    data: { statusUpdateDueAt: new Date(postedAt.getTime() + tier.statusUpdateIntervalMinutes * MINUTE_MS) },
  });
}

/**
 * Reminds the commander, once per due time, of every active incident whose status update is
 * overdue. The conditional update makes the reminder fire once across nodes.
 */
export async function remindOverdueStatusUpdates(now: Date): Promise<IncidentEvent[]> {
  const events = await db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; statusUpdateDueAt: Date }[]>`
      UPDATE "Incident" SET "statusReminderSentFor" = "statusUpdateDueAt"
      WHERE "statusUpdateDueAt" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
        AND "statusReminderSentFor" IS DISTINCT FROM "statusUpdateDueAt"
        AND state::text = ANY(${ACTIVE_STATES as string[]})
      RETURNING id, "statusUpdateDueAt"`;
    const reminders: IncidentEvent[] = [];
    for (const incident of due) {
      reminders.push(
        await appendEvent(tx, incident.id, {
          type: "status_update.reminder",
          actor: null,
          data: { dueAt: incident.statusUpdateDueAt.toISOString() },
          occurredAt: now,
        }),
      );
    }
    return reminders;
  });
  publishIncidentEvents(events);
  return events;
}

/** Posts a status update for an audience; each post is on the timeline. */
export async function postStatusUpdate(user: SignedInUser, incidentId: string, input: unknown) {
  const { body, audience, nextUpdateDueAt } = parseInput(postStatusUpdateSchema, input);
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to post status updates.");
    const update = await tx.statusUpdate.create({
      data: { incidentId, audience, body, nextUpdateDueAt, authorId: user.id },
    });
    await restartStatusClock(tx, incidentId, update.postedAt);
    const event = await appendEvent(tx, incidentId, {
      type: "status_update.posted",
      actor: user,
      data: { statusUpdateId: update.id, audience, body, nextUpdateDueAt: nextUpdateDueAt?.toISOString() ?? null },
      occurredAt: update.postedAt,
    });
    return { result: update, events: [event] };
  });
}
