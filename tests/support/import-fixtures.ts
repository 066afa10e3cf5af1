import { day, type SheetRows, xlsx } from "./import-files.ts";

// A small, complete world in the import format: two providers, two schools, one funding
// source, two staff members and three assignments (10 rows). Tests change copies of it.

export const PROVIDERS: SheetRows = [
  ["Name", "Kurzname", "Art"],
  ["Stadt Musterstadt (Fachbereich 42)", "Stadt", "Kommune"],
  ["Verein für Schulsozialarbeit e.V.", "VSA", "Freier Träger"],
];
export const SCHOOLS: SheetRows = [
  ["Schulnummer", "Name", "Schulform", "Stadtbezirk", "Schülerzahl", "Eröffnet am", "Geschlossen am"],
  [100001, "Sonnenschule", "Grundschule", "Mitte", 240, null, null],
  ["100002", "Gesamtschule Nord", "Gesamtschule", "Nord", 1100, day("2010-08-01"), null],
];
export const FUNDING: SheetRows = [
  ["Name", "Art", "Gültig ab", "Gültig bis"],
  ["Landesprogramm", "Landesprogramm", "01.01.2015", null],
];
export const STAFF: SheetRows = [
  ["Träger", "Personalnummer", "Nachname", "Vorname", "Stellenumfang", "Beschäftigt ab", "Beschäftigt bis", "E-Mail"],
  ["VSA", "1001", "Becker", "Anna", 1, day("2015-01-01"), null, "anna.becker@example.org"],
  ["Stadt", 2002, "Yilmaz", "Deniz", "0,5", "01.08.2016", null, null],
];
export const ASSIGNMENTS: SheetRows = [
  ["Träger", "Personalnummer", "Schulnummer", "Stellenanteil", "Von", "Bis", "Finanzierung"],
  ["VSA", "1001", "100001", 0.5, day("2016-01-01"), null, "Landesprogramm"],
  ["VSA", "1001", 100002, "0,5", "2016-01-01", null, null],
  ["Stadt", "2002", "100002", 0.5, "01.08.2016", "31.07.2018", null],
];

export type World = {
  Träger: SheetRows;
  Schulen: SheetRows;
  Finanzierungen: SheetRows;
  Fachkräfte: SheetRows;
  Einsätze: SheetRows;
};

/** A fresh copy of the world (rows can be changed freely). */
export function world(): World {
  const copy = (rows: SheetRows) => rows.map((row) => [...row]);
  return {
    Träger: copy(PROVIDERS),
    Schulen: copy(SCHOOLS),
    Finanzierungen: copy(FUNDING),
    Fachkräfte: copy(STAFF),
    Einsätze: copy(ASSIGNMENTS),
  };
}

export const completeWorkbook = (sheets: Partial<World> = world()) => xlsx(sheets as Record<string, SheetRows>);
