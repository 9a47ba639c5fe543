import { authenticatedRoute, readJson } from "@/lib/http/route";
import { addPhase } from "@/lib/runbooks/mutations";

/** Adds a phase to a runbook (plan admins); answers the runbook. */
export const POST = authenticatedRoute<{ key: string }>(async ({ request, params, user }) => {
  return Response.json(await addPhase(user, params.key, await readJson(request)), { status: 201 });
});
