import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getIncident } from "@/lib/incidents/data";
import { changeSeverity } from "@/lib/incidents/mutations";
import { presentIncident } from "@/lib/incidents/present";

export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  return Response.json(presentIncident(await getIncident(user, params.id)));
});

/** Changes the severity: `{ severity }`. */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  await changeSeverity(user, params.id, await readJson(request));
  return Response.json(presentIncident(await getIncident(user, params.id)));
});
