import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { removeAttendee } from "@/lib/reviews/mutations";

export const DELETE = handle(async (_request, { params }: RouteContext<{ id: string; attendeeId: string }>) => {
  const [user, { id, attendeeId }] = await Promise.all([authenticate(), params]);
  await removeAttendee(user, id, attendeeId);
  return Response.json(await getReview(user, id));
});
