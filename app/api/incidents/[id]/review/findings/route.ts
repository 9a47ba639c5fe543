import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { addFinding } from "@/lib/reviews/mutations";

/** Records a finding: `{ text }`. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  await addFinding(user, params.id, await readJson(request));
  return Response.json(presentReview(await getReview(user, params.id)), { status: 201 });
});
