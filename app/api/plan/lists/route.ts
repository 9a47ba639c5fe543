import { authenticatedRoute } from "@/lib/http/route";
import { listPlanLists } from "@/lib/plan/data";
import { presentPlanList } from "@/lib/plan/present";

/** The plan's other lists (training, metrics, improvement, …) with their items: keys for PUT /api/plan/lists/{key}. */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listPlanLists(user)).map(presentPlanList)));
