import { authenticatedRoute, readJson } from "@/lib/http/route";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/mutations";
import { presentWebhook } from "@/lib/webhooks/present";

/** Changes a webhook's or chat destination's name, url, enabled or events (admins). */
export const PATCH = authenticatedRoute<{ id: string }>(async ({ params, request, user }) =>
  Response.json(presentWebhook(await updateWebhook(user, params.id, await readJson(request)))),
);

/** Removes it, with its queue and delivery log (admins). */
export const DELETE = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  await deleteWebhook(user, params.id);
  return new Response(null, { status: 204 });
});
