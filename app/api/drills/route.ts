import { listDrillSchedules } from "@/lib/drills/data";
import { presentDrillSchedule } from "@/lib/drills/present";
import { authenticatedRoute } from "@/lib/http/route";

/** The recovery testing schedule, in the plan's order: keys for PATCH /api/drills/{key}. */
export const GET = authenticatedRoute(async ({ user }) => Response.json((await listDrillSchedules(user)).map(presentDrillSchedule)));
