import { authenticatedRoute } from "@/lib/http/route";
import { removeSubscriber } from "@/lib/subscribers/mutations";

export const DELETE = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  await removeSubscriber(user, params.id);
  return new Response(null, { status: 204 });
});
