import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { scoreCriterion } from "@/lib/reviews/mutations";

/** Scores a success criterion: `{ met: true | false | null, note? }`. */
export const PUT = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  await scoreCriterion(user, params.id, params.key, await readJson(request));
  return Response.json(presentReview(await getReview(user, params.id)));
});
