/** An absolute address in this Muster, for links that leave it (e-mails, webhooks). */
export function appUrl(path: string): URL {
  // server.ts always sets NEXTAUTH_URL; scripts and tests may not.
  return new URL(path, process.env.NEXTAUTH_URL ?? "http://localhost:3000");
}
