import { z } from "zod";

/** Who may subscribe: stakeholders get stakeholder and public updates, the public only public ones. */
export const SUBSCRIBER_AUDIENCES = ["stakeholders", "public"] as const;

// RFC 5321: a forward path holds at most 256 octets, two of them the angle brackets.
const EMAIL_MAX_LENGTH = 254;

export const addSubscriberSchema = z.strictObject({
  email: z
    .string({ error: "must be an e-mail address" })
    .trim()
    .toLowerCase()
    .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`)
    .pipe(z.email({ error: "must be an e-mail address" })),
  audience: z.enum(SUBSCRIBER_AUDIENCES, { error: "must be stakeholders or public" }),
});
