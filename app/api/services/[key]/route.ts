import { authenticatedRoute, readJson } from "@/lib/http/route";
import { updateService } from "@/lib/services/mutations";

/** Changes a service of the plan (plan admins): any of the fields GET /api/services shows that an admin keeps. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateService(user, params.key, await readJson(request)));
});
