import { authenticatedRoute } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { removeFinding } from "@/lib/reviews/mutations";

export const DELETE = authenticatedRoute<{ id: string; findingId: string }>(async ({ params, user }) => {
  await removeFinding(user, params.id, params.findingId);
  return Response.json(presentReview(await getReview(user, params.id)));
});
