import { authenticatedRoute } from "@/lib/http/route";
import { listDeliveries } from "@/lib/webhooks/data";

/** The webhook's delivery log (admins): time, status code, attempt. */
export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => Response.json(await listDeliveries(user, params.id)));
