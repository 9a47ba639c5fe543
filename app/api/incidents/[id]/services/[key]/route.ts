import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getIncident } from "@/lib/incidents/data";
import { presentAffectedService, presentIncident } from "@/lib/incidents/present";
import { changeServiceImpact, removeAffectedService } from "@/lib/recovery/service-mutations";

/** Changes the service's impact: `{ impact }`. */
export const PATCH = authenticatedRoute<{ id: string; key: string }>(async ({ request, params, user }) => {
  return Response.json(presentAffectedService(await changeServiceImpact(user, params.id, params.key, await readJson(request))));
});

/** Removes a service named by mistake; a restored one stays. */
export const DELETE = authenticatedRoute<{ id: string; key: string }>(async ({ params, user }) => {
  await removeAffectedService(user, params.id, params.key);
  return Response.json(presentIncident(await getIncident(user, params.id)));
});
