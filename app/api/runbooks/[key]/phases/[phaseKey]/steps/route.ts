import { authenticatedRoute, readJson } from "@/lib/http/route";
import { addStep } from "@/lib/runbooks/mutations";

/** Adds a step to a phase (plan admins); answers the runbook. */
export const POST = authenticatedRoute<{ key: string; phaseKey: string }>(async ({ request, params, user }) => {
  return Response.json(await addStep(user, params.key, params.phaseKey, await readJson(request)), { status: 201 });
});
