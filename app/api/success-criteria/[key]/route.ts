import { updateSuccessCriterion } from "@/lib/drills/mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** Changes a success criterion (plan admins): its name and description. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateSuccessCriterion(user, params.key, await readJson(request)));
});
