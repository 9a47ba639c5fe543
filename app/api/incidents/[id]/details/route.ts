import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getIncident } from "@/lib/incidents/data";
import { editIncidentDetails } from "@/lib/incidents/edit-mutations";
import { presentIncident } from "@/lib/incidents/present";

/** Mends the details: `{ title?, summary?, detectedAt?, impactStartedAt? }`; a new detection time moves the deadlines. */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  await editIncidentDetails(user, params.id, await readJson(request));
  return Response.json(presentIncident(await getIncident(user, params.id)));
});
