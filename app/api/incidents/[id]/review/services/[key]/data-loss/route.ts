import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { recordDataLoss } from "@/lib/reviews/mutations";

/** Records a service's measured data-loss window: `{ dataLossMinutes }`. */
export const PUT = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  await recordDataLoss(user, params.id, params.key, await readJson(request));
  return Response.json(await getReview(user, params.id));
});
