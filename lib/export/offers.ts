import { type Role, reachOf } from "../permissions.ts";

// Which downloads the export page offers a role. Only a hint for the UI: the DAL decides
// (lib/dal/export.ts) and refuses anything else with 404.
export function exportOffersFor(role: Role): { keyDateFiles: boolean; completeData: boolean } {
  const reach = reachOf(role, "export.run");
  return {
    keyDateFiles: reach === "all" || reach === "own",
    // A school head gets no complete-data workbook (see getCompleteData).
    completeData: reach === "all" || (reach === "own" && role === "PROVIDER"),
  };
}
