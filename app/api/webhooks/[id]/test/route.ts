import { authenticatedRoute } from "@/lib/http/route";
import { sendTestMessage } from "@/lib/webhooks/mutations";
import { presentQueuedTest } from "@/lib/webhooks/present";

/** Queues a test message to the destination (admins); its delivery log shows how it went. */
export const POST = authenticatedRoute<{ id: string }>(async ({ params, user }) => Response.json(presentQueuedTest(await sendTestMessage(user, params.id)), { status: 201 }));
