import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listWebhooks } from "@/lib/webhooks/data";
import { createWebhook } from "@/lib/webhooks/mutations";

export const GET = authenticatedRoute(async ({ user }) => Response.json(await listWebhooks(user)));

/** Adds a webhook `{ name, url }` (admins); the answer carries its signing secret. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(await createWebhook(user, await readJson(request)), { status: 201 });
});
