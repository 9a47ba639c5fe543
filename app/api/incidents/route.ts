import { authenticate } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/route";
import { getIncident, listIncidents } from "@/lib/incidents/data";
import { declareIncident } from "@/lib/incidents/mutations";

export const GET = handle(async (request) => {
  await authenticate();
  const drills = new URL(request.url).searchParams.get("drills");
  return Response.json(await listIncidents({ drills: drills === "only" || drills === "exclude" ? drills : undefined }));
});

export const POST = handle(async (request) => {
  const incident = await declareIncident(await authenticate(), await readJson(request));
  return Response.json(await getIncident(incident.id), { status: 201 });
});
