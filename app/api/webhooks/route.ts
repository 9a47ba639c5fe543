import { authenticate } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/route";
import { listWebhooks } from "@/lib/webhooks/data";
import { createWebhook } from "@/lib/webhooks/mutations";

export const GET = handle(async () => Response.json(await listWebhooks(await authenticate())));

/** Adds a webhook `{ name, url }` (admins); the answer carries its signing secret. */
export const POST = handle(async (request) => Response.json(await createWebhook(await authenticate(), await readJson(request)), { status: 201 }));
