import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { scoreCriterion } from "@/lib/reviews/mutations";

/** Scores a success criterion: `{ met: true | false | null, note? }`. */
export const PUT = handle(async (request, { params }: RouteContext<{ id: string; key: string }>) => {
  const [user, { id, key }] = await Promise.all([authenticate(), params]);
  await scoreCriterion(user, id, key, await readJson(request));
  return Response.json(await getReview(user, id));
});
