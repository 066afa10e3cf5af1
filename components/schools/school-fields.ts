import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldSpec } from "@/components/forms/field-spec";
import type { DistrictOption } from "@/lib/dal/districts";
import { todayIso } from "@/lib/key-date";
import { SCHOOL_TYPES } from "@/lib/schemas/school";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";

/** The school years a count can be entered for: fifteen back, and the next one. */
function schoolYearOptions(): { value: string; label: string }[] {
  const current = schoolYearOf(todayIso());
  return Array.from({ length: 17 }, (_, index) => current + 1 - index).map((year) => ({
    value: String(year),
    label: schoolYearLabel(year),
  }));
}

/** The school form's fields, translated, with the district options for the select. */
export async function schoolFields(districts: DistrictOption[]): Promise<FieldSpec[]> {
  const t = await getTranslations("schools");
  return [
    {
      name: "schoolNumber",
      label: t("fields.schoolNumber"),
      hint: t("hints.schoolNumber"),
      kind: "text",
      required: true,
      maxLength: 6,
    },
    { name: "name", label: t("fields.name"), kind: "text", required: true, maxLength: 200 },
    {
      name: "type",
      label: t("fields.type"),
      kind: "select",
      required: true,
      options: SCHOOL_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })),
    },
    {
      name: "districtId",
      label: t("fields.districtId"),
      kind: "select",
      required: true,
      options: districts.map((district) => ({ value: district.id, label: district.label })),
    },
    { name: "address", label: t("fields.address"), kind: "textarea", maxLength: 300 },
    { name: "pupilCount", label: t("fields.pupilCount"), kind: "number", required: true, maxLength: 6 },
    {
      name: "pupilSchoolYear",
      label: t("fields.pupilSchoolYear"),
      hint: t("hints.pupilSchoolYear"),
      kind: "select",
      required: true,
      options: schoolYearOptions(),
    },
    { name: "socialIndex", label: t("fields.socialIndex"), hint: t("hints.socialIndex"), kind: "number", maxLength: 1 },
    { name: "openedOn", label: t("fields.openedOn"), hint: t("hints.openedOn"), kind: "date" },
    { name: "closedOn", label: t("fields.closedOn"), hint: t("hints.closedOn"), kind: "date" },
  ];
}
