import { authenticatedRoute, readJson } from "@/lib/http/route";
import { updateReviewCadence } from "@/lib/plan/list-mutations";

/** Changes a regular review (plan admins): its name, interval in months and what it goes through. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateReviewCadence(user, params.key, await readJson(request)));
});
