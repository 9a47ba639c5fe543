import { authenticate } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/route";
import { recordPlanReview } from "@/lib/plan/mutations";

export const POST = handle(async (request) => {
  const plan = await recordPlanReview(await authenticate(), await readJson(request));
  return Response.json(plan, { status: 201 });
});
