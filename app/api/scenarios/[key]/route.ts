import { authenticatedRoute, readJson } from "@/lib/http/route";
import { removeScenario, updateScenario } from "@/lib/scenarios/mutations";

/** Changes a scenario of the plan (plan admins): its name, tier, examples and the runbooks it brings in. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateScenario(user, params.key, await readJson(request)));
});

/** Removes a scenario from the plan (plan admins), refused while an incident or a recovery test names it. */
export const DELETE = authenticatedRoute<{ key: string }>(async ({ params, user }) => {
  await removeScenario(user, params.key);
  return new Response(null, { status: 204 });
});
