import { z } from "zod";
import { text, webAddress } from "@/lib/input";

export const createWebhookSchema = z.strictObject({
  name: text({ min: 1, max: 80 }),
  url: webAddress(),
});
