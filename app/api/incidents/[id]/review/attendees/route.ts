import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { addAttendee } from "@/lib/reviews/mutations";

/** Adds an attendee: `{ userId }` for a Muster user, `{ name }` for anyone else. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const [user, { id }] = await Promise.all([authenticate(), params]);
  await addAttendee(user, id, await readJson(request));
  return Response.json(await getReview(user, id), { status: 201 });
});
