import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { recordImpactStart } from "@/lib/reviews/mutations";

/** When the impact began: `{ impactStartedAt }` (null to take it back); not after detection. Answers with the review. */
export const PUT = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const [user, { id }] = await Promise.all([authenticate(), params]);
  await recordImpactStart(user, id, await readJson(request));
  return Response.json(await getReview(user, id));
});
