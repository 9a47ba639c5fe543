import { reviewMarkdown } from "@/app/api/incidents/[id]/review/export/review-markdown";
import { authenticatedRoute } from "@/lib/http/route";
import { getReview } from "@/lib/reviews/data";
import { presentReview } from "@/lib/reviews/present";

/** The review as a Markdown file to download; a drill's is its drill report. */
export const GET = authenticatedRoute<{ id: string }>(async ({ params, user }) => {
  const detail = await getReview(user, params.id);
  const { number, isDrill } = detail.incident;
  const filename = isDrill ? `drill-${number}-report.md` : `incident-${number}-review.md`;
  return new Response(reviewMarkdown(presentReview(detail), new Date()), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});
