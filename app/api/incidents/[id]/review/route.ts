import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { updateReview } from "@/lib/reviews/mutations";

export const GET = handle(async (_request, { params }: RouteContext<{ id: string }>) => {
  return Response.json(await getReview(await authenticate(), (await params).id));
});

/** The meeting's time, the agenda's notes, the business impact: any of them. */
export const PATCH = handle(async (request, { params }: RouteContext<{ id: string }>) => {
  const [user, { id }] = await Promise.all([authenticate(), params]);
  await updateReview(user, id, await readJson(request));
  return Response.json(await getReview(user, id));
});
