import { authenticatedRoute } from "@/lib/http/route";
import { getMetrics } from "@/lib/metrics/data";

/** The recovery metrics, for every signed-in role: real incidents and drills apart (lib/metrics/types.ts). */
export const GET = authenticatedRoute(async () => Response.json(await getMetrics()));
