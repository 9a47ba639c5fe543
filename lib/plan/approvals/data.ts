import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

const WITH_APPROVER = { approvedBy: { select: { id: true, name: true } } } as const;

/** Every approval of the plan, newest first: who approved which version, and when. */
export function listPlanApprovals(caller: SignedInUser) {
  requireSignedIn(caller);
  return readPlanApprovals();
}

/** The same for the break-glass bundle, which is made outside a request. */
export function readPlanApprovals(client: Tx = db()) {
  return client.planApproval.findMany({ orderBy: [{ approvedAt: "desc" }, { id: "desc" }], include: WITH_APPROVER });
}

export type PlanApprovalRecord = Awaited<ReturnType<typeof readPlanApprovals>>[number];
