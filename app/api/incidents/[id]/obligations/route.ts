import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listIncidentObligations } from "@/lib/obligations/data";
import { classifyIncident } from "@/lib/obligations/mutations";

/** The reporting obligations the incident is classified under, each deadline with its due time and report. */
export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => Response.json(await listIncidentObligations(user, params.id)));

/** Classifies the incident under one of the plan's obligations (its commander): `{ obligationKey }`. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  return Response.json(await classifyIncident(user, params.id, await readJson(request)), { status: 201 });
});
