import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { assignRole } from "@/lib/incident-roles/mutations";

/** Gives a role to someone: `{ userId, role }`; a held single-holder role is handed over. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const event = await assignRole(await authenticate(), (await params).id, await readJson(request));
  return Response.json(event, { status: 201 });
});
