import { authenticatedRoute } from "@/lib/http/route";
import { listNotifications } from "@/lib/notifications/data";

/** The caller's in-app notifications (escalations that bring them in), newest first. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(await listNotifications(user.id)));
