import { z } from "zod";
import { parseIsoDate } from "../coverage/index.ts";
import type { IsoDate } from "../coverage/types.ts";
import { type Message, message } from "../i18n/message.ts";

// The audit log's filter as it arrives in the URL (German parameter names, all optional).
// Invalid values are reported and ignored rather than failing the whole page.

export type AuditLogFilter = {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: IsoDate;
  to?: IsoDate;
  page: number;
};

export type AuditLogQuery = { filter: AuditLogFilter; errors: Partial<Record<"von" | "bis", Message>> };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

const text = z.string().max(200).optional();

export function readAuditLogQuery(params: Params): AuditLogQuery {
  const errors: AuditLogQuery["errors"] = {};
  const date = (key: "von" | "bis"): IsoDate | undefined => {
    const raw = first(params[key]);
    if (!raw) return undefined;
    const parsed = parseIsoDate(raw);
    if (!parsed) errors[key] = message("audit.errors.invalidDate", { input: raw.slice(0, 40) });
    return parsed ?? undefined;
  };
  const safeText = (key: string) => {
    const parsed = text.safeParse(first(params[key]));
    return parsed.success ? parsed.data : undefined;
  };
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(first(params.seite) ?? 1);
  const from = date("von");
  const to = date("bis");
  if (from && to && to < from) errors.bis = message("audit.errors.rangeOrder");
  return {
    filter: {
      actor: safeText("akteur"),
      action: safeText("aktion"),
      entity: safeText("objekt"),
      entityId: safeText("id"),
      from,
      to: errors.bis ? undefined : to,
      page,
    },
    errors,
  };
}
