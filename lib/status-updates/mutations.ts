import "server-only";
import { db } from "@/lib/db";
import { bridgeLines, enqueueIncidentNotice } from "@/lib/chat/mutations";
import { canPostToAudience } from "@/lib/communications/ability";
import { DomainError } from "@/lib/errors";
import type { Audience } from "@/lib/generated/prisma/enums";
import { guardIncident, requireUnfinished } from "@/lib/incidents/data";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { ACTIVE_STATES, isSettled } from "@/lib/incidents/state-machine";
import { enqueueEmails } from "@/lib/outbound/mutations";
import { recipientsFor } from "@/lib/subscribers/data";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { MINUTE_MS } from "@/lib/format";
import { forEachIncident } from "@/lib/scheduler/per-incident";

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
 * overdue, each incident in its own transaction. The conditional update makes the reminder fire
 * once across nodes.
 */
export async function remindOverdueStatusUpdates(now: Date): Promise<IncidentEvent[]> {
  const overdue = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Incident"
    WHERE "statusUpdateDueAt" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      AND "statusReminderSentFor" IS DISTINCT FROM "statusUpdateDueAt"
      AND state::text = ANY(${ACTIVE_STATES as string[]})`;
  return forEachIncident(overdue.map(({ id }) => id), (incidentId) =>
    writeIncident(async (tx) => {
      const [due] = await tx.$queryRaw<{ statusUpdateDueAt: Date }[]>`
        UPDATE "Incident" SET "statusReminderSentFor" = "statusUpdateDueAt"
        WHERE id = ${incidentId}
          AND "statusUpdateDueAt" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
          AND "statusReminderSentFor" IS DISTINCT FROM "statusUpdateDueAt"
          AND state::text = ANY(${ACTIVE_STATES as string[]})
        RETURNING "statusUpdateDueAt"`;
      if (!due) return { result: [], events: [] };
      const reminder = await appendEvent(tx, incidentId, {
        type: "status_update.reminder",
        actor: null,
        data: { dueAt: due.statusUpdateDueAt.toISOString() },
        occurredAt: now,
      });
      return { result: [reminder], events: [reminder] };
    }),
  );
}

const AUDIENCE_REFUSALS: Record<Audience, string> = {
  internal: "Join the incident to post status updates.",
  stakeholders: "Only the communications lead, the incident commander or an admin can post to stakeholders.",
  public: "Only the communications lead, the incident commander or an admin can post to the public.",
};

const AUDIENCE_HEADLINES: Record<Exclude<Audience, "public">, string> = {
  internal: "Status update to the team",
  stakeholders: "Status update to stakeholders",
};

// An e-mail's subject when the update has none of its own.
function defaultSubject(incident: { number: number; title: string }, audience: Audience) {
  return audience === "public" ? "Status update" : `Status update: #${incident.number} ${incident.title}`;
}

/**
 * Posts a status update for an audience; each post is on the timeline. Stakeholder and public
 * updates are e-mailed to their subscribers (a drill's only when it was declared to notify). A
 * resolved incident still takes them (the all-clear, what follows); a closed one no longer does.
 */
export async function postStatusUpdate(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    // Whoever may post to no audience at all is refused before the input is looked at.
    const access = await guardIncident(tx, incidentId, user, (access) => canPostToAudience(access, "internal"), AUDIENCE_REFUSALS.internal);
    await requireUnfinished(tx, incidentId, "status updates", (state) => !isSettled(state));
    const { subject, body, audience, nextUpdateDueAt, templateId } = parseInput(postStatusUpdateSchema, input);
    if (!canPostToAudience(access, audience)) throw new DomainError("forbidden", AUDIENCE_REFUSALS[audience]);
    if (templateId && !(await tx.communicationTemplate.findUnique({ where: { id: templateId }, select: { id: true } }))) {
      throw new DomainError("invalid", `templateId: no communication template has the id ${templateId}`, "templateId");
    }
    const update = await tx.statusUpdate.create({
      data: { incidentId, audience, subject, body, templateId, nextUpdateDueAt, authorId: user.id },
    });
    const incident = await restartStatusClock(tx, incidentId, update.postedAt);
    if (!incident.isDrill || incident.drillNotifiesExternal) {
      // A drill announced outside reaches stakeholders only, and says it is a drill: the public
      // never hears of one, nor of the responders' bridge.
      const emailSubject = `${incident.isDrill ? "[Drill] " : ""}${subject ?? defaultSubject(incident, audience)}`;
      const text = audience === "public" ? body : [body, ...bridgeLines(incident)].join("\n");
      const emails = async () =>
        (await recipientsFor(tx, incident.isDrill ? "stakeholders" : audience)).map((to) => ({ to, subject: emailSubject, text }));
      await enqueueEmails(tx, "status_update.posted", emails, update.postedAt);
    }
    // The team's channel hears what the team and the stakeholders are told; the public page speaks for itself.
    if (audience !== "public") {
      await enqueueIncidentNotice(
        tx,
        incidentId,
        { event: "status_update.posted", headline: `${AUDIENCE_HEADLINES[audience]}${subject ? `: ${subject}` : ""}`, text: body },
        { audience, subject: subject ?? null, body, postedBy: user.name },
        update.postedAt,
      );
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
