// Each chat platform's incoming-webhook body as its documentation describes it, trimmed to the
// parts Muster writes and checked against the platform's limits: what the tests hold every
// formatter's output to.
//   Slack: api.slack.com/reference/block-kit/blocks and /composition-objects
//   Teams: adaptivecards.io/explorer (AdaptiveCard, TextBlock, FactSet, Action.OpenUrl) and
//          learn.microsoft.com "Create Incoming Webhooks" (the message with one card attachment)
//   Mattermost: developers.mattermost.com/integrate/reference/message-attachments
//   Discord: discord.com/developers/docs/resources/webhook#execute-webhook and its embed limits
import { z } from "zod";

const link = z.url({ protocol: /^https?$/ });

const slackPlainText = (max: number) => z.strictObject({ type: z.literal("plain_text"), text: z.string().min(1).max(max), emoji: z.boolean().optional() });
const slackMrkdwn = (max: number) => z.strictObject({ type: z.literal("mrkdwn"), text: z.string().min(1).max(max), verbatim: z.boolean().optional() });

export const slackMessage = z.strictObject({
  text: z.string().min(1).max(40_000),
  blocks: z
    .array(
      z.discriminatedUnion("type", [
        z.strictObject({ type: z.literal("header"), text: slackPlainText(150) }),
        z.strictObject({ type: z.literal("section"), text: slackMrkdwn(3000) }),
        z.strictObject({ type: z.literal("context"), elements: z.array(slackMrkdwn(3000)).min(1).max(10) }),
        z.strictObject({
          type: z.literal("actions"),
          elements: z
            .array(z.strictObject({ type: z.literal("button"), text: slackPlainText(75), url: link.max(3000), style: z.enum(["primary", "danger"]).optional() }))
            .min(1)
            .max(25),
        }),
      ]),
    )
    .min(1)
    .max(50),
});

const textBlock = z.strictObject({
  type: z.literal("TextBlock"),
  text: z.string().min(1),
  wrap: z.boolean().optional(),
  size: z.enum(["Default", "Small", "Medium", "Large", "ExtraLarge"]).optional(),
  weight: z.enum(["Default", "Lighter", "Bolder"]).optional(),
  color: z.enum(["Default", "Dark", "Light", "Accent", "Good", "Warning", "Attention"]).optional(),
});
const factSet = z.strictObject({ type: z.literal("FactSet"), facts: z.array(z.strictObject({ title: z.string(), value: z.string().min(1) })).min(1) });

export const teamsMessage = z.strictObject({
  type: z.literal("message"),
  attachments: z
    .array(
      z.strictObject({
        contentType: z.literal("application/vnd.microsoft.card.adaptive"),
        contentUrl: z.null().optional(),
        content: z.strictObject({
          $schema: z.literal("http://adaptivecards.io/schemas/adaptive-card.json").optional(),
          type: z.literal("AdaptiveCard"),
          version: z.enum(["1.4", "1.5"]),
          body: z.array(z.discriminatedUnion("type", [textBlock, factSet])).min(1),
          actions: z.array(z.strictObject({ type: z.literal("Action.OpenUrl"), title: z.string().min(1), url: link })).optional(),
        }),
      }),
    )
    .length(1),
});

export const mattermostMessage = z.strictObject({
  text: z.string().min(1).max(16_383),
  attachments: z.array(
    z.strictObject({
      fallback: z.string().min(1),
      color: z.string().regex(/^#[0-9a-f]{6}$/i),
      title: z.string().min(1),
      title_link: link,
      fields: z.array(z.strictObject({ short: z.boolean(), title: z.string().min(1), value: z.string().min(1) })),
    }),
  ),
});

const discordEmbed = z.strictObject({
  title: z.string().min(1).max(256),
  url: link,
  description: z.string().min(1).max(4096).optional(),
  color: z.int().min(0).max(0xffffff),
  fields: z.array(z.strictObject({ name: z.string().min(1).max(256), value: z.string().min(1).max(1024), inline: z.boolean().optional() })).max(25),
  timestamp: z.iso.datetime(),
});

export const discordMessage = z
  .strictObject({
    content: z.string().max(2000),
    embeds: z.array(discordEmbed).max(10),
    allowed_mentions: z.strictObject({ parse: z.array(z.enum(["roles", "users", "everyone"])) }).optional(),
  })
  .refine(
    ({ embeds }) =>
      embeds.reduce((total, embed) => total + embed.title.length + (embed.description?.length ?? 0) + embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0), 0) <= 6000,
    "the embeds hold more than 6000 characters in all",
  );

export const PLATFORM_SCHEMAS = { slack: slackMessage, teams: teamsMessage, mattermost: mattermostMessage, discord: discordMessage } as const;
