import { NextResponse } from "next/server";
import { getPublicCoverage } from "@/lib/dal/public-statistics";
import { todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";

// Anonymous, aggregate-only figures for a key date (default: today in Herne's time zone).
export async function GET(request: Request) {
  const keyDate = readKeyDate(new URL(request.url).searchParams.get("date"), todayIso());
  if (!keyDate.ok) return NextResponse.json({ error: keyDate.message }, { status: 400 });
  const { providerCount: _count, suppressed, ...coverage } = await getPublicCoverage(keyDate.date);
  return NextResponse.json({ ...coverage, suppressed }, { headers: { "Cache-Control": "public, max-age=60" } });
}
