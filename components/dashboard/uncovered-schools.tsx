import { getTranslations } from "next-intl/server";
import type { IsoDate } from "@/lib/coverage/types";
import { schoolHref } from "@/lib/warnings/links";
import { warningsPageHref } from "./warnings-href";

type School = { schoolId: string; schoolNumber: string; name: string };

/** Schools listed on the dashboard; all of them are on the warnings page (kind schoolUncovered). */
export const UNCOVERED_SHOWN = 20;

/** Open schools without an active assignment at the key date, each linking to the school. */
export async function UncoveredSchools({ schools, date }: { schools: readonly School[]; date: IsoDate }) {
  const t = await getTranslations("dashboard.uncovered");
  if (schools.length === 0) return <p className="kern-body">{t("none")}</p>;
  const shown = schools.slice(0, UNCOVERED_SHOWN);
  return (
    <>
      <ul className="flex flex-col gap-1" data-testid="uncovered-schools">
        {shown.map((school) => (
          <li key={school.schoolId} className="kern-body">
            <a className="kern-link" href={schoolHref(school.schoolId)}>
              {t("entry", { number: school.schoolNumber, name: school.name })}
            </a>
          </li>
        ))}
      </ul>
      {schools.length > shown.length && (
        <p className="kern-body">
          {t("cutOff", { shown: shown.length, count: schools.length })}{" "}
          <a className="kern-link" href={warningsPageHref("schoolUncovered", date)}>
            {t("showAll", { count: schools.length })}
          </a>
        </p>
      )}
    </>
  );
}
