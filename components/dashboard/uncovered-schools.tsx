import { getTranslations } from "next-intl/server";
import { schoolHref } from "@/lib/warnings/links";

type School = { schoolId: string; schoolNumber: string; name: string };

/** Open schools without an active assignment at the key date, each linking to the school. */
export async function UncoveredSchools({ schools }: { schools: School[] }) {
  const t = await getTranslations("dashboard.uncovered");
  if (schools.length === 0) return <p className="kern-body">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-1" data-testid="uncovered-schools">
      {schools.map((school) => (
        <li key={school.schoolId} className="kern-body">
          <a className="kern-link" href={schoolHref(school.schoolId)}>
            {t("entry", { number: school.schoolNumber, name: school.name })}
          </a>
        </li>
      ))}
    </ul>
  );
}
