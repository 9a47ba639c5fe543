import { authenticate } from "@/lib/auth/session";
import { updateTemplate } from "@/lib/communications/mutations";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** Rewrites a template (admins): `{ name, subject, body }`; unknown placeholders are refused. */
export const PUT = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  return Response.json(await updateTemplate(await authenticate(), (await params).id, await readJson(request)));
});
