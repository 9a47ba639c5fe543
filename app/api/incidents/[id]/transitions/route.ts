import { authenticatedRoute, readJson } from "@/lib/http/route";
import { transitionIncident } from "@/lib/incidents/mutations";
import { presentIncidentFields } from "@/lib/incidents/present";

export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const incident = await transitionIncident(user, params.id, await readJson(request));
  return Response.json(presentIncidentFields(incident));
});
