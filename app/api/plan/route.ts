import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getPlanDocument } from "@/lib/plan/data";
import { updatePlanDocument } from "@/lib/plan/mutations";
import { presentPlanDocument } from "@/lib/plan/present";

/** The plan document: its title, version, owner, review dates, approval and distribution. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentPlanDocument(await getPlanDocument(user))));

/** Changes the plan document's details (plan admins); a new review interval moves the next review. */
export const PATCH = authenticatedRoute(async ({ request, user }) => {
  return Response.json(presentPlanDocument(await updatePlanDocument(user, await readJson(request))));
});
