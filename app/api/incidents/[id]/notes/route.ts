import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { addNote } from "@/lib/timeline/mutations";

export const POST = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const event = await addNote(await authenticate(), (await params).id, await readJson(request));
  return Response.json(event, { status: 201 });
});
