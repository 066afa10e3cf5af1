import "server-only";
import type { ExportKind } from "../dal/export.ts";
import { getKeyDateExport, recordExport } from "../dal/export.ts";
import { apiRoute, jsonError } from "../http/route.ts";
import { readExportQuery } from "../schemas/export.ts";
import { type FileType, fileResponse, keyDateFilename } from "./http.ts";
import { exportTranslator } from "./texts.ts";
import type { KeyDateExport } from "./types.ts";

// The three key-date downloads share one handler: read ?date= (and an optional ?provider= or
// ?school=), load the viewer's data, render, audit, send. Session cookie or Bearer token.

export function keyDateExportRoute(
  kind: Extract<ExportKind, FileType>,
  render: (data: KeyDateExport) => Promise<Buffer | string> | Buffer | string,
) {
  return apiRoute(
    async (request, { viewer, requestId }) => {
      const query = readExportQuery(new URL(request.url).searchParams);
      if (!query.ok) {
        const message = query.problem === "date" ? query.message : exportTranslator()("errors.oneScope");
        return jsonError(400, message, requestId);
      }
      const data = await getKeyDateExport(viewer, query.date, query.scope);
      const body = await render(data);
      await recordExport(viewer, kind, { date: query.date, scope: data.scope }, requestId);
      return fileResponse(body, kind, keyDateFilename(query.date, kind));
    },
    { auth: "required" },
  );
}
