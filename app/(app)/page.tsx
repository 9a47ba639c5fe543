import { HomePage } from "@/app/(app)/home-page";
import { getPlanOverview } from "@/lib/plan/data";

export default async function HomeRoute() {
  return <HomePage overview={await getPlanOverview()} now={new Date()} />;
}
