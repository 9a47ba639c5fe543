import { authenticatedRoute, readJson } from "@/lib/http/route";
import { recordPlanReview } from "@/lib/plan/mutations";

export const POST = authenticatedRoute(async ({ request, user }) => {
  const plan = await recordPlanReview(user, await readJson(request));
  return Response.json(plan, { status: 201 });
});
