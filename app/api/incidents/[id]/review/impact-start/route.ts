import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { recordImpactStart } from "@/lib/reviews/mutations";

/** When the impact began: `{ impactStartedAt }` (null to take it back); not after detection. Answers with the review. */
export const PUT = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  await recordImpactStart(user, params.id, await readJson(request));
  return Response.json(presentReview(await getReview(user, params.id)));
});
