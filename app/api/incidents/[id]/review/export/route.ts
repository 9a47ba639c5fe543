import { reviewMarkdown } from "@/app/api/incidents/[id]/review/export/review-markdown";
import { authenticate } from "@/lib/auth/session";
import type { RouteContext } from "@/lib/http/params";
import { handle } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";

/** The review as a Markdown file to download. */
export const GET = handle(async (_request, { params }: RouteContext<{ id: string }>) => {
  const detail = await getReview(await authenticate(), (await params).id);
  return new Response(reviewMarkdown(detail, new Date()), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="incident-${detail.incident.number}-review.md"`,
      "cache-control": "no-store",
    },
  });
});
