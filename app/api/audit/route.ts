import { listAuditEvents } from "@/lib/audit/data";
import { presentAuditPage } from "@/lib/audit/present";
import { authenticatedRoute } from "@/lib/http/route";

/** The audit record of admin writes, newest first, `?limit=` at a time, older pages by `?before=`. */
export const GET = authenticatedRoute(async ({ request, user }) =>
  Response.json(presentAuditPage(await listAuditEvents(user, Object.fromEntries(new URL(request.url).searchParams)))),
);
