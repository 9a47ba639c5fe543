import { z } from "zod";
import { UserRole } from "@/lib/generated/prisma/enums";
import { emailAddress, id, text } from "@/lib/input";

// NIST SP 800-63B: at least 8 characters; length matters more than composition rules.
export const MIN_PASSWORD_LENGTH = 12;
// NIST SP 800-63B asks that at least 64 be allowed; more only makes hashing a denial of service.
const MAX_PASSWORD_LENGTH = 256;

const password = z
  .string({ error: "must be text" })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
const name = text({ min: 1, max: 120 });
export const userRole = z.enum(UserRole, { error: `must be one of ${Object.values(UserRole).join(", ")}` });

export const createUserSchema = z.strictObject({
  email: z.email("must be an e-mail address").max(254, "must be at most 254 characters"),
  name,
  role: userRole,
  password,
});

/**
 * How a person gets their first password, or a new one: a one-time password the admin passes on,
 * or an invitation link where they choose their own.
 */
export const PASSWORD_ACCESS = ["invitation", "one-time-password"] as const;
const access = z.enum(PASSWORD_ACCESS, { error: `must be one of ${PASSWORD_ACCESS.join(", ")}` }).default("invitation");

/** A user an admin adds. */
export const addUserSchema = z.strictObject({ email: emailAddress(), name, role: userRole, access });

/** Any subset of a user as GET /api/users shows it: `active: false` deactivates them. */
export const updateUserSchema = z.strictObject({ name: name.optional(), role: userRole.optional(), active: z.boolean({ error: "must be true or false" }).optional() });

export const passwordResetSchema = z.strictObject({ access });

/** The password a person chooses through their invitation link, with the link's token. */
export const acceptInvitationSchema = z.strictObject({ token: id("the token from the invitation link"), password });

export type CreateUserInput = z.input<typeof createUserSchema>;
