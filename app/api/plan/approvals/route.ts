import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listPlanApprovals } from "@/lib/plan/approvals/data";
import { approvePlan } from "@/lib/plan/approvals/mutations";
import { presentPlanApproval, presentPlanApprovals } from "@/lib/plan/approvals/present";

/** Who approved which version of the plan, and when, newest first. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentPlanApprovals(await listPlanApprovals(user))));

export const POST = authenticatedRoute(async ({ request, user }) => {
  const approval = await approvePlan(user, await readJson(request));
  return Response.json(presentPlanApproval(approval), { status: 201 });
});
