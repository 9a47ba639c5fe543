import { authenticatedRoute, readJson } from "@/lib/http/route";
import { recordPlanReview } from "@/lib/plan/mutations";
import { presentPlanDocument } from "@/lib/plan/present";

export const POST = authenticatedRoute(async ({ request, user }) => {
  const plan = await recordPlanReview(user, await readJson(request));
  return Response.json(presentPlanDocument(plan), { status: 201 });
});
