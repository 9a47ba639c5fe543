import { authenticatedRoute, readJson } from "@/lib/http/route";
import { updateScenario } from "@/lib/scenarios/mutations";

/** Changes a scenario of the plan (plan admins): its name, tier, examples and the runbooks it brings in. */
export const PATCH = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await updateScenario(user, params.key, await readJson(request)));
});
