import "server-only";
import { db } from "@/lib/db";
import type { ContactKind } from "@/lib/generated/prisma/enums";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

export function getPlanDocument(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });
}

/** The regular reviews: monthly, quarterly, annual. */
export function listReviewCadences(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().planReviewCadence.findMany({ orderBy: { position: "asc" } });
}

/** The plan's remaining lists (metrics and KPIs, training, improvement horizons, …) with their items. */
export function listPlanLists(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().planList.findMany({ orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } });
}

export type PlanListWithItems = Awaited<ReturnType<typeof listPlanLists>>[number];

/** The agenda of a post-incident review meeting. */
export function listReviewAgenda(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().reviewAgendaItem.findMany({ orderBy: { position: "asc" } });
}

/** The plan's own action items, those that belong to no incident review. */
export function listPlanActionItems(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().actionItem.findMany({
    where: { reviewId: null },
    // Unfinished first, then the most urgent: the order the plan's own table uses.
    orderBy: [{ status: "asc" }, { priority: "asc" }, { dueDate: "asc" }, { id: "asc" }],
    select: { id: true, title: true, ownerName: true, dueDate: true, status: true, priority: true, completedAt: true },
  });
}

export type PlanActionItem = Awaited<ReturnType<typeof listPlanActionItems>>[number];

/** How much of the plan Muster holds, for the overview. */
export async function getPlanOverview(caller: SignedInUser) {
  requireSignedIn(caller);
  const client = db();
  const [
    document,
    services,
    ratedServices,
    scenarios,
    runbooks,
    scripts,
    contacts,
    demoContacts,
    escalationLevels,
    backupPolicies,
    verificationChecks,
    drillTypes,
    openActionItems,
    planLists,
  ] = await Promise.all([
    getPlanDocument(caller),
    client.service.count(),
    client.service.count({ where: { inPriorityMatrix: true } }),
    client.scenario.count(),
    client.runbook.count(),
    client.recoveryScript.count(),
    client.contact.groupBy({ by: ["kind"], _count: true }),
    client.contact.count({ where: { isDemoValue: true } }),
    client.escalationLevel.count(),
    client.backupPolicy.count(),
    client.backupVerificationSchedule.count(),
    client.drillSchedule.count(),
    client.actionItem.count({ where: { reviewId: null, status: { in: ["open", "in_progress"] } } }),
    client.planList.count(),
  ]);
  const contactsOf = (kind: ContactKind) => contacts.find((group) => group.kind === kind)?._count ?? 0;
  return {
    document,
    services,
    ratedServices,
    scenarios,
    runbooks,
    scripts,
    responseTeam: contactsOf("response_team"),
    externalContacts: contactsOf("external"),
    demoContacts,
    escalationLevels,
    backupPolicies,
    verificationChecks,
    drillTypes,
    openActionItems,
    planLists,
  };
}

export type PlanOverview = Awaited<ReturnType<typeof getPlanOverview>>;
