import { authenticatedRoute, readJson } from "@/lib/http/route";
import { listWebhooks } from "@/lib/webhooks/data";
import { presentCreatedWebhook, presentWebhooks } from "@/lib/webhooks/present";
import { createWebhook } from "@/lib/webhooks/mutations";

export const GET = authenticatedRoute(async ({ user }) => Response.json(presentWebhooks(await listWebhooks(user))));

/** Adds a webhook `{ name, url }` (admins); the answer carries its signing secret. */
export const POST = authenticatedRoute(async ({ request, user }) => {
  return Response.json(presentCreatedWebhook(await createWebhook(user, await readJson(request))), { status: 201 });
});
