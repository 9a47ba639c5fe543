import "server-only";
import { canPostToAudience } from "@/lib/communications/ability";
import { DomainError } from "@/lib/errors";
import type { Audience } from "@/lib/generated/prisma/enums";
import { guardIncident } from "@/lib/incidents/data";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { ACTIVE_STATES } from "@/lib/incidents/state-machine";
import { enqueueEmails } from "@/lib/outbound/mutations";
import { recipientsFor } from "@/lib/subscribers/data";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { MINUTE_MS } from "@/lib/format";

/** The next update falls due the severity's interval after this one (the plan's cadence by tier). */
async function restartStatusClock(tx: Tx, incidentId: string, postedAt: Date) {
  const { severity } = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { severity: true } });
  const tier = await tx.recoveryTier.findUniqueOrThrow({ where: { severity } });
  return tx.incident.update({
    where: { id: incidentId },
    data: { statusUpdateDueAt: new Date(postedAt.getTime() + tier.statusUpdateIntervalMinutes * MINUTE_MS) },
  });
}

/**
 * Reminds the commander, once per due time, of every active incident whose status update is
 * overdue. The conditional update makes the reminder fire once across nodes.
 */
export async function remindOverdueStatusUpdates(now: Date): Promise<IncidentEvent[]> {
  return writeIncident(async (tx) => {
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
    return { result: reminders, events: reminders };
  });
}

const AUDIENCE_REFUSALS: Record<Audience, string> = {
  internal: "Join the incident to post status updates.",
  stakeholders: "Only the communications lead, the incident commander or an admin can post to stakeholders.",
  public: "Only the communications lead, the incident commander or an admin can post to the public.",
};

// An e-mail's subject when the update has none of its own.
function defaultSubject(incident: { number: number; title: string }, audience: Audience) {
  return audience === "public" ? "Status update" : `Status update: #${incident.number} ${incident.title}`;
}

/**
 * Posts a status update for an audience; each post is on the timeline. Stakeholder and public
 * updates are e-mailed to their subscribers (a drill's only when it was declared to notify).
 */
export async function postStatusUpdate(user: SignedInUser, incidentId: string, input: unknown) {
  const { subject, body, audience, nextUpdateDueAt, templateId } = parseInput(postStatusUpdateSchema, input);
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, (access) => canPostToAudience(access, audience), AUDIENCE_REFUSALS[audience]);
    if (templateId && !(await tx.communicationTemplate.findUnique({ where: { id: templateId }, select: { id: true } }))) {
      throw new DomainError("invalid", `templateId: no communication template has the id ${templateId}`, "templateId");
    }
    const update = await tx.statusUpdate.create({
      data: { incidentId, audience, subject, body, templateId, nextUpdateDueAt, authorId: user.id },
    });
    const incident = await restartStatusClock(tx, incidentId, update.postedAt);
    if (!incident.isDrill || incident.drillNotifiesExternal) {
      // A drill announced outside reaches stakeholders only, and says it is a drill: the public
      // never hears of one.
      const emailSubject = `${incident.isDrill ? "[Drill] " : ""}${subject ?? defaultSubject(incident, audience)}`;
      const emails = async () =>
        (await recipientsFor(tx, incident.isDrill ? "stakeholders" : audience)).map((to) => ({ to, subject: emailSubject, text: body }));
      await enqueueEmails(tx, "status_update.posted", emails, update.postedAt);
    }
    const event = await appendEvent(tx, incidentId, {
      type: "status_update.posted",
      actor: user,
      data: { statusUpdateId: update.id, audience, subject: subject ?? null, body, nextUpdateDueAt: nextUpdateDueAt?.toISOString() ?? null },
      occurredAt: update.postedAt,
    });
    return { result: update, events: [event] };
  });
}
