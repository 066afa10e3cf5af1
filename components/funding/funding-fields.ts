import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/components/forms/field-spec";
import { FUNDING_KINDS } from "@/lib/schemas/funding-source";

/** The funding-source form's fields, translated. */
export async function fundingFields(): Promise<FieldSpec[]> {
  const t = await getTranslations("funding");
  return [
    { name: "name", label: t("fields.name"), kind: "text", required: true, maxLength: 200 },
    {
      name: "kind",
      label: t("fields.kind"),
      kind: "select",
      required: true,
      options: FUNDING_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
    },
    { name: "validFrom", label: t("fields.validFrom"), kind: "date", required: true },
    { name: "validUntil", label: t("fields.validUntil"), hint: t("hints.validUntil"), kind: "date" },
    { name: "reference", label: t("fields.reference"), hint: t("hints.reference"), kind: "textarea", maxLength: 500 },
  ];
}
