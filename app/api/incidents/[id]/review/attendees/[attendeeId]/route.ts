import { authenticatedRoute } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { removeAttendee } from "@/lib/reviews/mutations";

export const DELETE = authenticatedRoute<{ id: string; attendeeId: string }>(async ({ params, user }) => {
  await removeAttendee(user, params.id, params.attendeeId);
  return Response.json(presentReview(await getReview(user, params.id)));
});
