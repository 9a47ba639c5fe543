import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { getIncident } from "@/lib/incidents/data";
import { changeSeverity } from "@/lib/incidents/mutations";

export const GET = handle(async (_request, { params }: RouteContext<{ id: string }>) => {
  await authenticate();
  return Response.json(await getIncident((await params).id));
});

/** Changes the severity: `{ severity }`. */
export const PATCH = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const { id } = await params;
  await changeSeverity(await authenticate(), id, await readJson(request));
  return Response.json(await getIncident(id));
});
