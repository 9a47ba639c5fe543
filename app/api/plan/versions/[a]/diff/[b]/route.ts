import { authenticatedRoute } from "@/lib/http/route";
import { diffPlanVersions } from "@/lib/plan/versions";

/** What differs between two versions of the plan, item by item. */
export const GET = authenticatedRoute<{ a: string; b: string }>(async ({ params, user }) => Response.json(await diffPlanVersions(user, params.a, params.b)));
