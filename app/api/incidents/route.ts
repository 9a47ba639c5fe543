import { authenticatedRoute, readJson } from "@/lib/http/route";
import { getIncident, listIncidents } from "@/lib/incidents/data";
import { declareIncident } from "@/lib/incidents/mutations";
import { presentIncident, presentIncidentSummaries } from "@/lib/incidents/present";

export const GET = authenticatedRoute(async ({ request, user }) => {
  const drills = new URL(request.url).searchParams.get("drills");
  return Response.json(presentIncidentSummaries(await listIncidents(user, { drills: drills === "only" || drills === "exclude" ? drills : undefined })));
});

export const POST = authenticatedRoute(async ({ request, user }) => {
  const incident = await declareIncident(user, await readJson(request));
  return Response.json(presentIncident(await getIncident(user, incident.id)), { status: 201 });
});
