import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionItemPriority, IncidentRole } from "@/lib/generated/prisma/enums";
import { canEditActionItem } from "@/lib/action-items/ability";
import { isUnfinished, startOfDay, UNFINISHED_STATUSES } from "@/lib/action-items/overdue";
import type { ActionItemFilters } from "@/lib/action-items/schema";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

export const ACTION_ITEM_FIELDS = {
  id: true,
  title: true,
  ownerId: true,
  ownerName: true,
  dueDate: true,
  status: true,
  priority: true,
  completedAt: true,
} as const;

const PRIORITY_ORDER: readonly ActionItemPriority[] = ["high", "medium", "low"];

function whereFor({ owner, status, priority }: ActionItemFilters, now: Date): Prisma.ActionItemWhereInput {
  const unfinished = { status: { in: [...UNFINISHED_STATUSES] } };
  return {
    AND: [
      owner ? { OR: [{ ownerId: owner }, { ownerId: null, ownerName: owner }] } : {},
      status === "unfinished" ? unfinished : {},
      status === "overdue" ? { ...unfinished, dueDate: { lt: startOfDay(now) } } : {},
      status && status !== "unfinished" && status !== "overdue" ? { status } : {},
      priority ? { priority } : {},
    ],
  };
}

/** The incident roles the caller holds now, by incident: what decides whether they may edit an item. */
async function rolesByIncident(user: SignedInUser, incidentIds: string[]): Promise<Map<string, IncidentRole[]>> {
  const roles = new Map<string, IncidentRole[]>();
  if (user.role === "admin" || user.role === "viewer") return roles;
  const held = await db().incidentRoleAssignment.findMany({
    where: { userId: user.id, endedAt: null, incidentId: { in: incidentIds } },
    select: { incidentId: true, role: true },
  });
  for (const { incidentId, role } of held) roles.set(incidentId, [...(roles.get(incidentId) ?? []), role]);
  return roles;
}

/**
 * Action items from every review and the plan's own, filtered: unfinished first, soonest due first
 * (overdue ones lead), then by priority. Each says which incident's review it came from, if any,
 * and whether the caller may change it.
 */
export async function listActionItems(user: SignedInUser, filters: ActionItemFilters, now = new Date()) {
  const items = await db().actionItem.findMany({
    where: whereFor(filters, now),
    select: { ...ACTION_ITEM_FIELDS, review: { select: { incident: { select: { id: true, number: true, title: true, isDrill: true } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const roles = await rolesByIncident(user, items.flatMap((item) => (item.review ? [item.review.incident.id] : [])));
  const due = (date: Date | null) => date?.getTime() ?? Number.POSITIVE_INFINITY;
  return items
    .map(({ review, ...item }) => {
      const incident = review?.incident ?? null;
      const access = incident && { role: user.role, incidentRoles: roles.get(incident.id) ?? [] };
      return { ...item, incident, canEdit: canEditActionItem(user.role, access) };
    })
    .sort(
      (a, b) =>
        Number(isUnfinished(b.status)) - Number(isUnfinished(a.status)) ||
        due(a.dueDate) - due(b.dueDate) ||
        PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority),
    );
}

export type ActionItemRecord = Awaited<ReturnType<typeof listActionItems>>[number];

/** Everyone who owns an action item, for the owner filter: a user by id, anyone else by name. */
export async function listActionItemOwners(caller: SignedInUser) {
  requireSignedIn(caller);
  const rows = await db().actionItem.findMany({
    distinct: ["ownerId", "ownerName"],
    select: { ownerId: true, ownerName: true },
    orderBy: { ownerName: "asc" },
  });
  const owners = new Map(rows.map((row) => [row.ownerId ?? row.ownerName, row.ownerName]));
  return [...owners].map(([value, name]) => ({ value, name }));
}

export type ActionItemOwner = Awaited<ReturnType<typeof listActionItemOwners>>[number];
