import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";
import { joinIncident } from "@/lib/incident-roles/mutations";

/** The caller joins the incident as a responder. */
export const POST = handle(async (_request, { params }: RouteContext<{ id: string }>) => {
  const event = await joinIncident(await authenticate(), (await params).id);
  return Response.json(event, { status: 201 });
});
