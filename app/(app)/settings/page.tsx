import { SettingsPage } from "@/app/(app)/settings/settings-page";
import { listTokens } from "@/lib/api-tokens/data";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";
import { canManageWebhooks } from "@/lib/webhooks/ability";
import { listWebhooks } from "@/lib/webhooks/data";

export default async function Page() {
  const user = await requireUser();
  const [tokens, webhooks] = await Promise.all([listTokens(user.id), canManageWebhooks(user.role) ? listWebhooks(user) : null]);
  return <SettingsPage user={user} tokens={jsonify(tokens)} webhooks={webhooks && jsonify(webhooks)} />;
}
