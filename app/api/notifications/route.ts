import { authenticatedRoute } from "@/lib/http/route";
import { listNotifications } from "@/lib/notifications/data";
import { presentNotifications } from "@/lib/notifications/present";

/** The caller's in-app notifications (escalations that bring them in), newest first. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentNotifications(await listNotifications(user.id))));
