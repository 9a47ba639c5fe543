import { authenticatedRoute } from "@/lib/http/route";
import { listPlanChanges } from "@/lib/plan/changes";
import { presentPlanChanges } from "@/lib/plan/present";

/** The plan's change record, newest first: who changed which item, from what to what, and the version it made. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentPlanChanges(await listPlanChanges(user))));
