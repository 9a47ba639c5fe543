import { authenticatedRoute, readJson } from "@/lib/http/route";
import { assignRole } from "@/lib/incident-roles/mutations";
import { presentEvent } from "@/lib/timeline/present";

/** Gives a role to a user or a plan contact: `{ userId | contactId, role }`; a held single-holder role is handed over. */
export const POST = authenticatedRoute<{ id: string }>(async ({ request, params, user }) => {
  const event = await assignRole(user, params.id, await readJson(request));
  return Response.json(presentEvent(event), { status: 201 });
});
