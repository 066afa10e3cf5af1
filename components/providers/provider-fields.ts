import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/components/forms/field-spec";
import { PROVIDER_KINDS } from "@/lib/schemas/provider";

/** The provider form's fields: all of them for the admin, the contact alone for a provider. */
export async function providerFields(mode: "all" | "contact"): Promise<FieldSpec[]> {
  const t = await getTranslations("providers");
  const contact: FieldSpec = {
    name: "contact",
    label: t("fields.contact"),
    hint: t("hints.contact"),
    kind: "textarea",
    maxLength: 1000,
  };
  if (mode === "contact") return [contact];
  return [
    { name: "name", label: t("fields.name"), kind: "text", required: true, maxLength: 200 },
    {
      name: "shortName",
      label: t("fields.shortName"),
      hint: t("hints.shortName"),
      kind: "text",
      required: true,
      maxLength: 50,
    },
    {
      name: "kind",
      label: t("fields.kind"),
      kind: "select",
      required: true,
      options: PROVIDER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
    },
    contact,
  ];
}
