import "server-only";
import { canWorkIncident } from "@/lib/incidents/ability";
import { guardIncident } from "@/lib/incidents/data";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { appendEvent, writeIncident } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

/** Posts a status update for an audience; each post is on the timeline. */
export async function postStatusUpdate(user: SignedInUser, incidentId: string, input: unknown) {
  const { body, audience, nextUpdateDueAt } = parseInput(postStatusUpdateSchema, input);
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to post status updates.");
    const update = await tx.statusUpdate.create({
      data: { incidentId, audience, body, nextUpdateDueAt, authorId: user.id },
    });
    const event = await appendEvent(tx, incidentId, {
      type: "status_update.posted",
      actor: user,
      data: { statusUpdateId: update.id, audience, body, nextUpdateDueAt: nextUpdateDueAt?.toISOString() ?? null },
      occurredAt: update.postedAt,
    });
    return { result: update, events: [event] };
  });
}
