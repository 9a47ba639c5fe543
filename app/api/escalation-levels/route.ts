import { listEscalationLevels } from "@/lib/escalation/data";
import { presentEscalationLevels } from "@/lib/escalation/present";
import { authenticatedRoute } from "@/lib/http/route";

/** The escalation matrix, in the order its levels fire: their ids are what PATCH /api/escalation-levels/{id} takes. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentEscalationLevels(await listEscalationLevels(user))));
