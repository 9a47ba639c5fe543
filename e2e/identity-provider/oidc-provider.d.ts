// oidc-provider ships no type declarations; the spec uses its constructor and the HTTP server it returns.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  type Claims = { sub: string; [claim: string]: unknown };
  type Account = { accountId: string; claims: () => Claims | Promise<Claims> };

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown> & { findAccount: (context: unknown, id: string) => Account | Promise<Account> });
    listen(port: number, callback?: () => void): Server;
  }
}
