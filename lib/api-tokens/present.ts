// What the token routes answer: never the hash; the token itself only in the answer that made it.
import { z } from "zod";
import { instant } from "@/lib/present";

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The token's first characters, so its owner can tell tokens apart. */
  prefix: z.string(),
  createdAt: instant(),
  lastUsedAt: instant().nullable(),
});
export const apiTokenListSchema = z.array(apiTokenSchema);
export const createdApiTokenSchema = apiTokenSchema.omit({ lastUsedAt: true }).extend({ token: z.string() });

export type ApiTokenView = z.infer<typeof apiTokenSchema>;
export type CreatedApiTokenView = z.infer<typeof createdApiTokenSchema>;

export function presentApiTokens(tokens: readonly ApiTokenView[]): ApiTokenView[] {
  return tokens.map(({ id, name, prefix, createdAt, lastUsedAt }) => ({ id, name, prefix, createdAt, lastUsedAt }));
}

export function presentCreatedApiToken({ id, name, prefix, createdAt, token }: CreatedApiTokenView): CreatedApiTokenView {
  return { id, name, prefix, createdAt, token };
}
