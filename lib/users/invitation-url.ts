import { appUrl } from "@/lib/app-url";

/** The page where an invited person chooses their password; the token rides in the query, never stored in clear. */
export function invitationUrl(token: string): string {
  const url = appUrl("/invitation");
  url.searchParams.set("token", token);
  return url.toString();
}
