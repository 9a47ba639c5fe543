import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getIncident } from "@/lib/incidents/data";
import { declareInError } from "@/lib/incidents/edit-mutations";
import { presentIncident } from "@/lib/incidents/present";

/** Ends the incident as declared in error: `{ reason }`. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  await declareInError(user, params.id, await readJson(request));
  return Response.json(presentIncident(await getIncident(user, params.id)), { status: 201 });
});
