import { authenticate } from "@/lib/auth/session";
import { handle } from "@/lib/http/route";
import { getStatusBoard } from "@/lib/status-board/data";

/** The management board: active incidents, every service's health with its reasons, recent outcomes. */
export const GET = handle(async () => {
  await authenticate();
  return Response.json(await getStatusBoard());
});
