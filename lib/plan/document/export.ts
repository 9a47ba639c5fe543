// Where the plan downloads as Markdown, and the file it downloads as.
export const PLAN_MARKDOWN_PATH = "/api/plan/document.md";

export function planMarkdownResponse(markdown: string): Response {
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": 'attachment; filename="disaster-recovery-plan.md"',
      "cache-control": "no-store",
    },
  });
}
