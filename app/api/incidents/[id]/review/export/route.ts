import { reviewMarkdown } from "@/app/api/incidents/[id]/review/export/review-markdown";
import { authenticatedRoute } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";

/** The review as a Markdown file to download. */
export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  const detail = await getReview(user, params.id);
  return new Response(reviewMarkdown(presentReview(detail), new Date()), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="incident-${detail.incident.number}-review.md"`,
      "cache-control": "no-store",
    },
  });
});
