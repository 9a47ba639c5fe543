import { authenticatedRoute } from "@/lib/http/route";
import { markAllRead } from "@/lib/notifications/mutations";

export const POST = authenticatedRoute(async ({ user }) => Response.json({ marked: await markAllRead(user) }));
