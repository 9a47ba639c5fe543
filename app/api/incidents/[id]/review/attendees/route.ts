import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";
import { addAttendee } from "@/lib/reviews/mutations";

/** Adds an attendee: `{ userId }` for a Muster user, `{ name }` for anyone else. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  await addAttendee(user, params.id, await readJson(request));
  return Response.json(presentReview(await getReview(user, params.id)), { status: 201 });
});
