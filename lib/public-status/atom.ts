// The public status as an Atom feed (RFC 4287): one entry per public update, newest first. Every
// text is XML-escaped, so an update that reads "<script>" is shown as written by feed readers.
import type { PublicStatusView } from "@/lib/public-status/types";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// Characters XML 1.0 cannot carry at all (a terminal's escape codes pasted into an update): one
// would make the whole feed unreadable, so they are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (character) => XML_ESCAPES[character]);
}

export function publicStatusAtom(status: PublicStatusView, pageUrl: URL, feedUrl: URL): string {
  const entries = status.incidents
    .flatMap((incident) => incident.updates.map((update) => ({ incident, update })))
    .sort((a, b) => Date.parse(b.update.postedAt) - Date.parse(a.update.postedAt));
  const updated = entries[0]?.update.postedAt ?? status.asOf;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <title>Service status</title>`,
    `  <id>${escapeXml(pageUrl.href)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl.href)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl.href)}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries.flatMap(({ incident, update }) => [
      `  <entry>`,
      `    <id>urn:muster:status-update:${escapeXml(update.id)}</id>`,
      `    <title>${escapeXml(update.subject ?? incident.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${pageUrl.href}#${incident.id}`)}"/>`,
      `    <updated>${update.postedAt}</updated>`,
      `    <author><name>Service status</name></author>`,
      `    <content type="text">${escapeXml(update.body)}</content>`,
      `  </entry>`,
    ]),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}
