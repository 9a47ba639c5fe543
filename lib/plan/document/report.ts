// What a Markdown plan gave, in words: how many items of each part were recognised, what was
// taken where the document says nothing, and each line that has no place in the plan.
import type { ImportReport } from "@/lib/plan/document/parse-markdown";

export function reportText({ recognised, assumed, unplaced }: ImportReport): string {
  const counts = Object.entries(recognised).map(([part, count]) => `  ${part}: ${count}`);
  const lines = (list: { line: number; text: string }[]) => list.map(({ line, text }) => `  line ${line}: ${text}`);
  return [
    "Recognised:",
    ...counts,
    assumed.length ? `Assumed where the document says nothing (${assumed.length}):` : "Nothing assumed.",
    ...lines(assumed),
    unplaced.length ? `Could not place (${unplaced.length}):` : "Everything placed.",
    ...lines(unplaced),
  ].join("\n");
}
