import { getPublicCoverage } from "@/lib/dal/public-statistics";
import { fileResponse, publicCsvFilename } from "@/lib/export/http";
import { publicCoverageCsv } from "@/lib/export/public-csv";
import { apiRoute, jsonError } from "@/lib/http/route";
import { todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";

// The public page's aggregates as CSV (suppressed like the page). Anonymous and not audited:
// it reveals nothing the public page does not, and logging it would let anyone fill the log.
export const GET = apiRoute(
  async (request, { requestId }) => {
    const keyDate = readKeyDate(new URL(request.url).searchParams.get("date"), todayIso());
    if (!keyDate.ok) return jsonError(400, keyDate.message, requestId);
    const { providerCount: _count, ...coverage } = await getPublicCoverage(keyDate.date);
    return fileResponse(publicCoverageCsv(coverage), "csv", publicCsvFilename(keyDate.date), {
      "Cache-Control": "public, max-age=60",
    });
  },
  { public: true },
);
