import { authenticatedRoute, readJson } from "@/lib/http/route";
import { removeStep, updateStep } from "@/lib/runbooks/mutations";

type Params = { key: string; id: string };

/** Changes a step, or moves it within its phase or to another (plan admins); answers the runbook. */
export const PATCH = authenticatedRoute<Params>(async ({ request, params, user }) => {
  return Response.json(await updateStep(user, params.key, params.id, await readJson(request)));
});

/** Removes a step (plan admins); running incidents keep their checklist item. Answers the runbook. */
export const DELETE = authenticatedRoute<Params>(async ({ params, user }) => Response.json(await removeStep(user, params.key, params.id)));
