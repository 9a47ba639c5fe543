import { describe, expect, it } from "vitest";
import { markdownBlock, markdownText } from "@/lib/markdown";

describe("markdown escaping", () => {
  it("keeps a title from turning into markup or breaking a table", () => {
    expect(markdownText("# Fix *all* the [things](http://x) | now <script>")).toBe(
      "\\# Fix \\*all\\* the \\[things\\](http://x) \\| now \\<script\\>",
    );
    expect(markdownText("two\nlines")).toBe("two lines");
  });

  it("keeps lines and paragraphs, and no line starts a list, a quote or a heading", () => {
    expect(markdownBlock("- one\n1. two\n> three\n\n# four\n=====")).toBe("\\- one\\\n1\\. two\\\n\\> three\n\n\\# four\\\n\\=====");
  });
});
