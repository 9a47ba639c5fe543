// User text written into a Markdown document so that it reads as the text it is: a title with "*",
// "|" or "#" in it cannot start emphasis, break a table row or become a heading (CommonMark lets a
// backslash escape any ASCII punctuation).
const INLINE = /[\\`*_{}[\]<>|~&#]/g;
// What starts a block at the beginning of a line: a list item, a quote, a setext underline.
const BLOCK_START = /^([-+=])|^(\d+)([.)])/;

/** One line of text: line breaks become spaces. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(INLINE, "\\$&");
}

/** Text of several lines and paragraphs, kept as written. */
export function markdownBlock(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => markdownText(line).replace(BLOCK_START, (_match, mark, number, dot) => (mark ? `\\${mark}` : `${number}\\${dot}`)))
    .reduce((lines, line, index, all) => {
      // A line followed by another line of the same paragraph ends with a hard break.
      const next = all[index + 1];
      return lines + line + (next === undefined ? "" : line && next ? "\\\n" : "\n");
    }, "");
}
