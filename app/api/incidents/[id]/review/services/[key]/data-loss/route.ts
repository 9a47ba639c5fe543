import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { recordDataLoss } from "@/lib/reviews/mutations";

/** Records a service's measured data-loss window: `{ dataLossMinutes }`. */
export const PUT = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  await recordDataLoss(user, params.id, params.key, await readJson(request));
  return Response.json(presentReview(await getReview(user, params.id)));
});
