import { exportStaffMember } from "@/lib/dal/privacy";
import { apiRoute } from "@/lib/http/route";
import { todayIso } from "@/lib/key-date";

// GDPR Art. 15: everything stored about one staff member as a JSON download (ADMIN only;
// anyone else gets 404, like a missing record). The file name carries no personal data.
export const GET = apiRoute<{ id: string }>(
  async (_request, { viewer, params, requestId }) => {
    const { id } = await params;
    const data = await exportStaffMember(viewer, id, { requestId });
    const fileName = `auskunft-fachkraft-${data.staffMember.id.slice(0, 8)}-${todayIso()}.json`;
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  { auth: "required" },
);
