import { authenticate } from "@/lib/auth/session";
import { listTemplates } from "@/lib/communications/data";
import { PLACEHOLDERS } from "@/lib/communications/render";
import { handle } from "@/lib/http/route";

/** The plan's communication templates and the placeholders they may use. */
export const GET = handle(async () => {
  await authenticate();
  return Response.json({ templates: await listTemplates(), placeholders: PLACEHOLDERS });
});
