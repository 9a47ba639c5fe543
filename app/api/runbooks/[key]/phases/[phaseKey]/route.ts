import { authenticatedRoute, readJson } from "@/lib/http/route";
import { removePhase, updatePhase } from "@/lib/runbooks/mutations";

type Params = { key: string; phaseKey: string };

/** Changes a phase's name or time window, or moves it (plan admins); answers the runbook. */
export const PATCH = authenticatedRoute<Params>(async ({ request, params, user }) => {
  return Response.json(await updatePhase(user, params.key, params.phaseKey, await readJson(request)));
});

/** Removes a phase and its steps (plan admins); answers the runbook. */
export const DELETE = authenticatedRoute<Params>(async ({ params, user }) => Response.json(await removePhase(user, params.key, params.phaseKey)));
