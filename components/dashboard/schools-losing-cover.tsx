import { getLocale, getTranslations } from "next-intl/server";
import type { SchoolLosingCover } from "@/lib/forecast/types";
import { fteMessageValues } from "@/lib/format";

/** Schools covered at the base date that are still open but uncovered at the forecast date. */
export async function SchoolsLosingCover({ schools }: { schools: SchoolLosingCover[] }) {
  const t = await getTranslations("forecast.schools");
  const locale = await getLocale();
  if (schools.length === 0) return <p className="kern-body">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-1" data-testid="schools-losing-cover">
      {schools.map((school) => (
        <li key={school.schoolId} className="kern-body">
          {t.rich("entry", {
            number: school.schoolNumber,
            name: school.name,
            ...fteMessageValues(school.fteMilliToday, locale),
            link: (chunks) => (
              <a className="kern-link" href={school.href}>
                {chunks}
              </a>
            ),
          })}
        </li>
      ))}
    </ul>
  );
}
