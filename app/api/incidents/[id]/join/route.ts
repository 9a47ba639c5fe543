import { authenticatedRoute } from "@/lib/http/route";
import { joinIncident } from "@/lib/incident-roles/mutations";
import { presentEvent } from "@/lib/timeline/present";

/** The caller joins the incident as a responder. */
export const POST = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  const event = await joinIncident(user, params.id);
  return Response.json(presentEvent(event), { status: 201 });
});
