// Slack's incoming webhooks take Block Kit (api.slack.com/reference/block-kit/blocks): a header
// (plain text, at most 150 characters), sections (mrkdwn, at most 3000), context, and actions whose
// buttons carry a url; `text` is the fallback notifications show. Mattermost reads the same `text`.
import type { ChatMessage } from "@/lib/chat/types";
import { headlineBelowTitle, serviceLines, severityAndState, titleOf, truncate } from "@/lib/chat/words";

const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const BUTTON_TEXT_MAX = 75;

/** Slack's mrkdwn escapes only these three. */
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackBody(message: ChatMessage) {
  const facts = severityAndState(message);
  const services = serviceLines(message);
  const headline = headlineBelowTitle(message);
  const lead = [headline && `*${escape(headline)}*`, message.text && escape(message.text)].filter(Boolean).join("\n");
  const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text: truncate(text, SECTION_MAX) } });
  const button = (label: string, url: string, style?: "primary") => ({
    type: "button",
    text: { type: "plain_text", text: truncate(label, BUTTON_TEXT_MAX) },
    url,
    ...(style ? { style } : {}),
  });
  return {
    text: truncate([titleOf(message), headline].filter(Boolean).join(" — "), SECTION_MAX),
    blocks: [
      { type: "header", text: { type: "plain_text", text: truncate(titleOf(message), HEADER_MAX) } },
      ...(lead ? [section(lead)] : []),
      ...(services.length > 0 ? [section(services.map((line) => `• ${escape(line)}`).join("\n"))] : []),
      ...(facts ? [{ type: "context", elements: [{ type: "mrkdwn", text: escape(facts) }] }] : []),
      {
        type: "actions",
        elements: [button(message.link.label, message.link.url, "primary"), ...(message.bridgeUrl ? [button("Join the bridge", message.bridgeUrl)] : [])],
      },
    ],
  };
}
