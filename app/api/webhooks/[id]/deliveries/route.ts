import { authenticatedRoute } from "@/lib/http/route";
import { listDeliveries } from "@/lib/webhooks/data";
import { presentDeliveries } from "@/lib/webhooks/present";

/** The webhook's delivery log (admins): time, status code, attempt. */
export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => Response.json(presentDeliveries(await listDeliveries(user, params.id))));
