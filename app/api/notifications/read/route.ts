import { authenticate } from "@/lib/auth/session";
import { handle } from "@/lib/http/route";
import { markAllRead } from "@/lib/notifications/mutations";

export const POST = handle(async () => Response.json({ marked: await markAllRead(await authenticate()) }));
