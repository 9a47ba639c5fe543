import { authenticate } from "@/lib/auth/session";
import { handle } from "@/lib/http/route";
import { listNotifications } from "@/lib/notifications/data";

/** The caller's in-app notifications (escalations that bring them in), newest first. */
export const GET = handle(async () => Response.json(await listNotifications((await authenticate()).id)));
