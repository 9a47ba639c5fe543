import { authenticatedRoute } from "@/lib/http/route";
import { removeRole } from "@/lib/incident-roles/mutations";
import { presentEvent } from "@/lib/timeline/present";

/** Ends a role without a successor; the incident commander's role is handed over instead. */
export const DELETE = authenticatedRoute<{ id: string; assignmentId: string }>(async ({ params, user }) => {
  const event = await removeRole(user, params.id, params.assignmentId);
  return Response.json(presentEvent(event));
});
