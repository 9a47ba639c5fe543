import { authenticatedRoute } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { removeAttendee } from "@/lib/reviews/mutations";

export const DELETE = authenticatedRoute<{ id: string; attendeeId: string }>(async ({ params, user }) => {
  await removeAttendee(user, params.id, params.attendeeId);
  return Response.json(await getReview(user, params.id));
});
