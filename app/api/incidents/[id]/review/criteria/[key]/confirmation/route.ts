import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { confirmCriterion } from "@/lib/reviews/mutations";

/** The commander confirms a criterion's score: `{ met, note? }`; a score unlike the suggestion needs a note. */
export const POST = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  await confirmCriterion(user, params.id, params.key, await readJson(request));
  return Response.json(presentReview(await getReview(user, params.id)));
});
