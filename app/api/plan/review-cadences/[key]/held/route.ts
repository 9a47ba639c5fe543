import { authenticatedRoute, readJson } from "@/lib/http/route";
import { recordReviewHeld } from "@/lib/plan/mutations";
import { presentUpkeep } from "@/lib/plan/present";
import { listUpkeep } from "@/lib/plan/upkeep";

/** Records that a regular review of the plan was held (plan admins); answers the plan's upkeep with its new due date. */
export const POST = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  await recordReviewHeld(user, params.key, await readJson(request));
  return Response.json(presentUpkeep(await listUpkeep(user)), { status: 201 });
});
