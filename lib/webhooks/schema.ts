import { z } from "zod";

export const createWebhookSchema = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(80, "must be at most 80 characters"),
  url: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }),
});
