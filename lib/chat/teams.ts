// Microsoft Teams' incoming webhooks (and Workflows) take a message whose one attachment is an
// Adaptive Card (adaptivecards.io/explorer): body of TextBlocks and a FactSet, Action.OpenUrl
// actions. Version 1.4 is the newest every Teams client renders.
import type { ChatMessage } from "@/lib/chat/types";
import { headlineBelowTitle, severityAndState, timeToBreach, titleOf } from "@/lib/chat/words";

export function teamsBody(message: ChatMessage) {
  const facts = severityAndState(message);
  const services = message.incident?.services ?? [];
  const critical = message.incident?.severity === "critical";
  const headline = headlineBelowTitle(message);
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: titleOf(message), size: "Large", weight: "Bolder", wrap: true, ...(critical ? { color: "Attention" } : {}) },
            ...(headline ? [{ type: "TextBlock", text: headline, weight: "Bolder", wrap: true }] : []),
            ...(message.text ? [{ type: "TextBlock", text: message.text, wrap: true }] : []),
            ...(facts || services.length > 0
              ? [
                  {
                    type: "FactSet",
                    facts: [
                      ...(facts ? [{ title: "Severity · state", value: facts }] : []),
                      ...services.map((service) => ({ title: service.name, value: `${service.impact}: ${timeToBreach(service)}` })),
                    ],
                  },
                ]
              : []),
          ],
          actions: [
            { type: "Action.OpenUrl", title: message.link.label, url: message.link.url },
            ...(message.bridgeUrl ? [{ type: "Action.OpenUrl", title: "Join the bridge", url: message.bridgeUrl }] : []),
          ],
        },
      },
    ],
  };
}
