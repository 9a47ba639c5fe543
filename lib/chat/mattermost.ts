// Mattermost's incoming webhooks (developers.mattermost.com/integrate/webhooks/incoming) take
// Markdown `text` (a post holds at most 16383 characters) and Slack-style `attachments` with a
// colour, a linked title and short `fields`.
import type { ChatMessage } from "@/lib/chat/types";
import { colourOf, headlineBelowTitle, severityAndState, timeToBreach, titleOf, truncate } from "@/lib/chat/words";

const POST_MAX = 16383;

export function mattermostBody(message: ChatMessage) {
  const facts = severityAndState(message);
  const bridge = message.bridgeUrl ? ` · [Join the bridge](${message.bridgeUrl})` : "";
  const headline = headlineBelowTitle(message);
  const text = [`#### ${titleOf(message)}`, ...(headline ? [`**${headline}**`] : []), ...(message.text ? [message.text] : []), `[${message.link.label}](${message.link.url})${bridge}`].join("\n");
  return {
    text: truncate(text, POST_MAX),
    attachments: [
      {
        fallback: truncate([titleOf(message), headline].filter(Boolean).join(" — "), POST_MAX),
        color: `#${colourOf(message).toString(16).padStart(6, "0")}`,
        title: titleOf(message),
        title_link: message.link.url,
        fields: [
          ...(facts ? [{ short: true, title: "Severity · state", value: facts }] : []),
          ...(message.incident?.services ?? []).map((service) => ({ short: true, title: service.name, value: `${service.impact}: ${timeToBreach(service)}` })),
          ...(message.bridgeUrl ? [{ short: false, title: "Conference bridge", value: message.bridgeUrl }] : []),
        ],
      },
    ],
  };
}
