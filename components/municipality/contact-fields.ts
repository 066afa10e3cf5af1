import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/components/forms/field-spec";

/** The coordination office's contact form: the lines of the public contact block. */
export async function contactFields(): Promise<FieldSpec[]> {
  const t = await getTranslations("public.contactEdit.fields");
  return [
    { name: "authority", label: t("authority"), kind: "text", required: true, maxLength: 200 },
    { name: "department", label: t("department"), kind: "text", required: true, maxLength: 200 },
    { name: "unit", label: t("unit"), kind: "text", required: true, maxLength: 200 },
    {
      name: "street",
      label: t("street"),
      kind: "text",
      required: true,
      maxLength: 200,
      autoComplete: "street-address",
    },
    {
      name: "postalCode",
      label: t("postalCode"),
      kind: "text",
      required: true,
      maxLength: 5,
      autoComplete: "postal-code",
    },
    { name: "city", label: t("city"), kind: "text", required: true, maxLength: 100 },
    { name: "phone", label: t("phone"), kind: "text", required: true, maxLength: 50, autoComplete: "tel" },
    { name: "email", label: t("email"), kind: "text", required: true, maxLength: 254, autoComplete: "email" },
  ];
}
