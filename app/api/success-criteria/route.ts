import { listSuccessCriteria } from "@/lib/drills/data";
import { presentSuccessCriterion } from "@/lib/drills/present";
import { authenticatedRoute } from "@/lib/http/route";

/** What a drill or a recovery is judged by, in the plan's order: keys for PATCH /api/success-criteria/{key}. */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listSuccessCriteria(user)).map(presentSuccessCriterion)));
