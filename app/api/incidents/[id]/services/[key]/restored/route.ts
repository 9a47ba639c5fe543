import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { markServiceRestored } from "@/lib/recovery/mutations";

/** Marks an affected service restored: `{ restoredAt?, dataLossMinutes? }`. */
export const POST = handle(async (request, { params }: RouteContext<{ id: string; key: string }>) => {
  const { id, key } = await params;
  return Response.json(await markServiceRestored(await authenticate(), id, key, await readJson(request)));
});
