import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { updateReview } from "@/lib/reviews/mutations";

export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  return Response.json(presentReview(await getReview(user, params.id)));
});

/** The meeting's time, the agenda's notes, the business impact: any of them. */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  await updateReview(user, params.id, await readJson(request));
  return Response.json(presentReview(await getReview(user, params.id)));
});
