import { SettingsPage } from "@/app/(app)/settings/settings-page";
import { listTokens } from "@/lib/api-tokens/data";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";

export default async function Page() {
  const user = await requireUser();
  return <SettingsPage user={user} tokens={jsonify(await listTokens(user.id))} />;
}
