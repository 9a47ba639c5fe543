import { authenticatedRoute } from "@/lib/http/route";
import { markAllRead } from "@/lib/notifications/mutations";
import { presentMarkedRead } from "@/lib/notifications/present";

export const POST = authenticatedRoute(async ({ user }) => Response.json(presentMarkedRead(await markAllRead(user))));
