// Muster's configuration, checked once at start. Every variable is optional: with none set,
// Muster runs on an embedded PostgreSQL with secrets it generates and keeps in .muster/.
import { z } from "zod";
import { UserRole } from "@/lib/generated/prisma/enums";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  MUSTER_HOME: z.string().optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  SMTP_FROM: z.string().min(3).optional(),
  // Webhook receivers inside the network that an admin trusts (lib/webhooks/target.ts).
  MUSTER_WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((list) => list?.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(
      z
        .array(
          z.string().regex(/^[\w.:[\]-]+(\/\d{1,3})?$/, "must list host names, addresses or CIDRs (such as 10.1.0.0/16), separated by commas"),
        )
        .optional(),
    ),
  // Reverse proxies in front of Muster that append the address they saw to X-Forwarded-For, so
  // the sign-in limit counts each person's address rather than the proxy's (lib/auth/sign-in.ts).
  MUSTER_TRUSTED_PROXIES: z.coerce.number().int("must be a whole number").min(0, "must be 0 or more").max(10, "must be at most 10").default(0),
  // Sign-in through the company's identity provider over OpenID Connect (lib/auth/identity-provider.ts).
  MUSTER_OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "must be the issuer's http:// or https:// URL" }).optional(),
  MUSTER_OIDC_CLIENT_ID: z.string().min(1).optional(),
  MUSTER_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  MUSTER_OIDC_NAME: z.string().trim().min(1).max(60, "must be at most 60 characters").default("single sign-on"),
  MUSTER_OIDC_DEFAULT_ROLE: z.enum(UserRole, { error: `must be one of ${Object.values(UserRole).join(", ")}` }).default("viewer"),
}).superRefine((env, context) => {
  const oidc = ["MUSTER_OIDC_ISSUER", "MUSTER_OIDC_CLIENT_ID", "MUSTER_OIDC_CLIENT_SECRET"] as const;
  const missing = oidc.filter((name) => !env[name]);
  // Half a configuration would show a button that cannot work.
  if (missing.length > 0 && missing.length < oidc.length) {
    for (const name of missing) context.addIssue({ code: "custom", path: [name], message: `must be set with ${oidc.filter((other) => env[other]).join(" and ")}` });
  }
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Muster's configuration is invalid:\n${problems.join("\n")}\nSee .env.example.`);
}
