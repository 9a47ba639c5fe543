import { authenticatedRoute } from "@/lib/http/route";
import { getMetrics } from "@/lib/metrics/data";
import { presentMetrics } from "@/lib/metrics/present";

/** The recovery metrics, for every signed-in role: real incidents and drills apart. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentMetrics(await getMetrics(user))));
