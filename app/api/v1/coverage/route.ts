import { getCoverage } from "@/lib/dal/coverage";
import { apiRoute, jsonError } from "@/lib/http/route";
import { todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";
import { coverageToJson } from "@/lib/statistics/coverage-json";

// Coverage for a key date, scoped to the caller (session cookie or Bearer API token).
export const GET = apiRoute(
  async (request, { viewer, requestId }) => {
    const keyDate = readKeyDate(new URL(request.url).searchParams.get("date"), todayIso());
    if (!keyDate.ok) return jsonError(400, keyDate.message, requestId);
    return Response.json(coverageToJson(await getCoverage(viewer, keyDate.date)));
  },
  { auth: "required" },
);
