import "server-only";
// Action items and owners (the plan's review agenda, item 4), tracked until done. A review's items
// are changed by the people who may work its incident, on its timeline; the plan's own items by
// plan admins.
import { canEditActionItem } from "@/lib/action-items/ability";
import { createActionItemSchema, updateActionItemSchema } from "@/lib/action-items/schema";
import { DomainError } from "@/lib/errors";
import type { ActionItem } from "@/lib/generated/prisma/client";
import type { ActionItemPriority, ActionItemStatus } from "@/lib/generated/prisma/enums";
import { accessFor } from "@/lib/incidents/data";
import { guardReview } from "@/lib/reviews/data";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/** The owner as stored: a user's current name with their id, or a name alone. */
async function ownerFor(
  tx: Tx,
  { ownerId, ownerName }: { ownerId?: string | null; ownerName?: string },
): Promise<{ ownerId?: string | null; ownerName?: string }> {
  if (ownerId) {
    const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { id: true, name: true } });
    if (!owner) throw new DomainError("invalid", `ownerId must name a Muster user; no user has the id ${ownerId}`, "ownerId");
    return { ownerId: owner.id, ownerName: owner.name };
  }
  return ownerName ? { ownerId: null, ownerName } : {};
}

/** Done records when; leaving done (reopened, or cancelled after all) forgets it. */
function completion(item: Pick<ActionItem, "status"> | null, status: ActionItemStatus | undefined) {
  if (!status || status === item?.status) return {};
  return { completedAt: status === "done" ? new Date() : null };
}

type Changes = { title?: string; ownerName?: string; dueDate?: Date | null; status?: ActionItemStatus; priority?: ActionItemPriority };

/** A change as the timeline keeps it: a due date as its day. */
function forTimeline<Fields extends Changes>({ dueDate, ...changes }: Fields): Omit<Fields, "dueDate"> & { dueDate?: string | null } {
  return { ...changes, ...(dueDate !== undefined && { dueDate: dueDate?.toISOString().slice(0, 10) ?? null }) };
}

/** Adds an action item to the incident's review. The caller is told no before anything about their input. */
export async function createActionItem(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    const review = await guardReview(tx, incidentId, user);
    const { title, ownerId, ownerName, dueDate, priority, findingId } = parseInput(createActionItemSchema, input);
    const owner = await ownerFor(tx, { ownerId, ownerName });
    const finding = findingId ? await tx.reviewFinding.findFirst({ where: { id: findingId, reviewId: review.id } }) : null;
    if (findingId && !finding) throw new DomainError("invalid", "findingId must name a finding of this review", "findingId");
    if (finding?.actionItemId) throw new DomainError("conflict", "That finding has an action item already.", "findingId");
    const item = await tx.actionItem.create({
      data: { reviewId: review.id, title, ownerId: owner.ownerId, ownerName: owner.ownerName ?? "", dueDate, priority },
    });
    if (finding) await tx.reviewFinding.update({ where: { id: finding.id }, data: { actionItemId: item.id } });
    const event = await appendEvent(tx, incidentId, {
      type: "action_item.created",
      actor: user,
      data: { actionItem: { id: item.id, ...forTimeline({ title, ownerName: item.ownerName, dueDate, priority }) } },
    });
    return { result: item, events: [event] };
  });
}

/**
 * Changes an action item's status (done records when), priority, owner, due date or title. The
 * caller is told no before anything about their input.
 */
export async function updateActionItem(user: SignedInUser, actionItemId: string, input: unknown) {
  const itemId = parseId(actionItemId, "actionItemId", "an action item's id");
  return writeIncident(async (tx) => {
    const item = await tx.actionItem.findUnique({ where: { id: itemId }, include: { review: { select: { incidentId: true } } } });
    if (!item) throw new DomainError("not_found", `No action item has the id ${actionItemId}.`);
    const incidentId = item.review?.incidentId ?? null;
    const access = incidentId ? await accessFor(tx, incidentId, user) : null;
    if (!canEditActionItem(user.role, access)) {
      throw new DomainError(
        "forbidden",
        incidentId
          ? "Only admins and the people taking part in the incident can change its action items."
          : "Only a plan admin can change the plan's own action items.",
      );
    }
    const { ownerId, ownerName, status, ...fields } = parseInput(updateActionItemSchema, input);
    const owner = await ownerFor(tx, { ownerId, ownerName });
    const updated = await tx.actionItem.update({ where: { id: item.id }, data: { ...fields, status, ...owner, ...completion(item, status) } });
    if (!incidentId) return { result: updated, events: [] };
    const event = await appendEvent(tx, incidentId, {
      type: "action_item.updated",
      actor: user,
      data: { actionItem: { id: item.id, title: updated.title }, changes: forTimeline({ ...fields, status, ownerName: owner.ownerName }) },
    });
    return { result: updated, events: [event] };
  });
}
