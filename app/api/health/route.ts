import { checkHealth } from "@/lib/dal/health";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute(async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503 });
});
