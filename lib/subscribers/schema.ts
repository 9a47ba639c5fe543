import { z } from "zod";

/** Who may subscribe: stakeholders get stakeholder and public updates, the public only public ones. */
export const SUBSCRIBER_AUDIENCES = ["stakeholders", "public"] as const;

export const addSubscriberSchema = z.object({
  email: z
    .string({ error: "must be an e-mail address" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "must be an e-mail address" }).max(254, "must be at most 254 characters")),
  audience: z.enum(SUBSCRIBER_AUDIENCES, { error: "must be stakeholders or public" }),
});
