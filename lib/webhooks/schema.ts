import { z } from "zod";
import { WebhookFormat } from "@/lib/generated/prisma/enums";
import { text, webAddress } from "@/lib/input";
import { NOTICE_EVENT_NAMES } from "@/lib/webhooks/events";

const format = z.enum(WebhookFormat, { error: "must be generic, slack, teams, mattermost or discord" });
const events = z
  .array(z.enum(NOTICE_EVENT_NAMES, { error: `must each be one of ${NOTICE_EVENT_NAMES.join(", ")}` }), { error: "must be a list of events" })
  .max(NOTICE_EVENT_NAMES.length, `must have at most ${NOTICE_EVENT_NAMES.length} entries`);

// A chat channel that receives everything is a channel people mute: a chat destination names its events.
export const PICK_EVENTS = "must name at least one kind of event a chat destination receives";

export const createWebhookSchema = z
  .strictObject({
    name: text({ min: 1, max: 80 }),
    url: webAddress(),
    /** How its messages are written: Muster's own signed JSON, or a chat platform's incoming-webhook format. */
    format: format.optional(),
    /** The events it receives; none (a generic webhook only) means every one. */
    events: events.optional(),
  })
  .refine((input) => (input.format ?? "generic") === "generic" || (input.events?.length ?? 0) > 0, { message: PICK_EVENTS, path: ["events"] });

export const updateWebhookSchema = z
  .strictObject({
    name: text({ min: 1, max: 80 }).optional(),
    url: webAddress().optional(),
    enabled: z.boolean({ error: "must be true or false" }).optional(),
    events: events.optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), "must change at least one of the name, address, enabled or events");

export type CreateWebhookInput = z.input<typeof createWebhookSchema>;
