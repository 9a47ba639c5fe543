import { listEscalationLevels } from "@/lib/escalation/data";
import { addEscalationLevel } from "@/lib/escalation/level-mutations";
import { presentEscalationLevels } from "@/lib/escalation/present";
import { authenticatedRoute, readJson } from "@/lib/http/route";

/** The escalation matrix, in the order its levels fire: their ids are what PATCH /api/escalation-levels/{id} takes. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentEscalationLevels(await listEscalationLevels(user))));

/** Adds a level in its place by threshold (plan admins): what GET shows, without the id. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(await addEscalationLevel(user, await readJson(request)), { status: 201 });
});
