import { authenticatedRoute, readJson } from "@/lib/http/route";
import { removeService, updateService } from "@/lib/services/mutations";

/** Changes a service of the plan (plan admins): any of the fields GET /api/services shows that an admin keeps. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateService(user, params.key, await readJson(request)));
});

/** Removes a service from the plan (plan admins), refused while a dependant, an incident, a runbook step or a recovery test names it. */
export const DELETE = authenticatedRoute<{ key: string }>(async ({ params, user }) => {
  await removeService(user, params.key);
  return new Response(null, { status: 204 });
});
