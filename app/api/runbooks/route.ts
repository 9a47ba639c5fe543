import { authenticatedRoute } from "@/lib/http/route";
import { listRunbooks } from "@/lib/runbooks/data";
import { presentRunbookSummaries } from "@/lib/runbooks/present";

/** The plan's runbooks: keys, kinds, the scenarios that bring them, how many phases and steps. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentRunbookSummaries(await listRunbooks(user))));
