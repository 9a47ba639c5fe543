import { authenticatedRoute } from "@/lib/http/route";
import { listReviewCadences } from "@/lib/plan/data";
import { presentReviewCadence } from "@/lib/plan/present";

/** The plan's regular reviews (monthly, quarterly, annual): keys for PATCH /api/plan/review-cadences/{key}. */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listReviewCadences(user)).map(presentReviewCadence)));
