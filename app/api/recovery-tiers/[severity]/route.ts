import { authenticatedRoute, readJson } from "@/lib/http/route";
import { updateRecoveryTier } from "@/lib/scenarios/mutations";

/** Changes a recovery tier (plan admins): its name, RTO range, RPO and status-update interval. */
export const PATCH = authenticatedRoute<{ severity: string }>(async ({ request, params, user }) => {
  return Response.json(await updateRecoveryTier(user, params.severity, await readJson(request)));
});
