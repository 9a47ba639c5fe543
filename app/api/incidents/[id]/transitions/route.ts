import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { transitionIncident } from "@/lib/incidents/mutations";

export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const incident = await transitionIncident(await authenticate(), (await params).id, await readJson(request));
  return Response.json(incident);
});
