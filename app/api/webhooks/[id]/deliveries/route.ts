import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";
import { listDeliveries } from "@/lib/webhooks/data";

/** The webhook's delivery log (admins): time, status code, attempt. */
export const GET = handle(async (_request, { params }: RouteContext<{ id: string }>) =>
  Response.json(await listDeliveries(await authenticate(), (await params).id)),
);
