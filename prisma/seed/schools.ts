import type { SchoolSeed } from "./types.ts";

// Herne's public schools. Names marked (fictional) fill the list up to the real number of
// schools; districts, pupil counts, social indices (Schulsozialindex 1–9) and the
// Schulnummern are plausible values for the demo, not official data. Closing and merger
// dates follow the city's school development plan of 2016 in spirit; they are approximate.
//
// Openings and closings that the figures depend on:
//   closed 01.08.2016  Gustav-Adolf-Schule (Hauptschule)
//   closed 01.08.2017  Melanchthonschule (Hauptschule), James-Krüss-Schule (merged into the Kolibri-Schule)
//   closed 01.08.2018  Hauptschule Hölkeskampring; Grundschulen Berliner Platz and Schulstraße,
//   opened 01.08.2018  … merged into the Grundschule Kunterbunt
// → 46 schools open on 07.03.2016, 43 in November 2017, 41 on 01.03.2019.

// key: short handle used by staff.ts; only the Schulnummer reaches the database.
const s = <K extends string>(
  key: K,
  schoolNumber: string,
  name: string,
  type: SchoolSeed["type"],
  district: SchoolSeed["district"],
  pupilCount: number,
  socialIndex: number | null,
  dates: { openedOn?: SchoolSeed["openedOn"]; closedOn?: SchoolSeed["closedOn"] } = {},
) =>
  ({
    key,
    schoolNumber,
    name,
    type,
    district,
    pupilCount,
    socialIndex,
    openedOn: dates.openedOn ?? null,
    closedOn: dates.closedOn ?? null,
  }) satisfies SchoolSeed;

export const schools = [
  // Grundschulen
  s("GS-SCH", "120301", "Schillerschule", "GRUNDSCHULE", "Herne-Mitte", 312, 5),
  s("GS-PH", "120302", "Grundschule Pantrings Hof", "GRUNDSCHULE", "Sodingen", 168, 3),
  s("GS-JOS", "120303", "Josefschule", "GRUNDSCHULE", "Wanne", 274, 7),
  s("GS-SON", "120304", "Sonnenschule", "GRUNDSCHULE", "Sodingen", 226, 4),
  s("GS-MW", "120305", "Max-Wiethoff-Schule", "GRUNDSCHULE", "Eickel", 241, 6),
  s("GS-HOR", "120306", "Horstschule", "GRUNDSCHULE", "Herne-Mitte", 198, 6),
  s("GS-SUED", "120307", "Südschule", "GRUNDSCHULE", "Herne-Mitte", 257, 5),
  s("GS-EUR", "120308", "Europaschule", "GRUNDSCHULE", "Eickel", 289, 7),
  s("GS-CLA", "120309", "Claudiusschule", "GRUNDSCHULE", "Wanne", 301, 8),
  s("GS-LAU", "120310", "Laurentiusschule", "GRUNDSCHULE", "Wanne", 280, 8),
  s("GS-KOL", "120311", "Kolibri-Schule", "GRUNDSCHULE", "Herne-Mitte", 262, 7),
  s("GS-JK", "120312", "James-Krüss-Schule", "GRUNDSCHULE", "Herne-Mitte", 164, null, { closedOn: "2017-08-01" }),
  s("GS-EP", "120313", "Grundschule Eickeler Park", "GRUNDSCHULE", "Eickel", 236, 4),
  s("GS-BERG", "120314", "Katholische Grundschule Bergstraße", "GRUNDSCHULE", "Herne-Mitte", 218, 5),
  s("GS-REG", "120315", "Regenbogenschule", "GRUNDSCHULE", "Wanne", 245, 7),
  s("GS-BP", "120316", "Grundschule Berliner Platz", "GRUNDSCHULE", "Herne-Mitte", 187, null, {
    closedOn: "2018-08-01",
  }),
  s("GS-SS", "120317", "Grundschule Schulstraße", "GRUNDSCHULE", "Herne-Mitte", 172, null, { closedOn: "2018-08-01" }),
  s("GS-KUN", "120318", "Grundschule Kunterbunt", "GRUNDSCHULE", "Herne-Mitte", 334, 8, { openedOn: "2018-08-01" }),
  s("GS-LIN", "120319", "Lindenschule", "GRUNDSCHULE", "Sodingen", 203, 3), // fictional
  s("GS-BOE", "120320", "Grundschule Börnig", "GRUNDSCHULE", "Sodingen", 189, 4), // fictional
  s("GS-HOLS", "120321", "Grundschule Holsterhausen", "GRUNDSCHULE", "Eickel", 214, 6), // fictional
  s("GS-ROEH", "120322", "Grundschule Röhlinghausen", "GRUNDSCHULE", "Eickel", 233, 5), // fictional
  s("GS-BAU", "120323", "Grundschule Baukau", "GRUNDSCHULE", "Herne-Mitte", 247, 7), // fictional
  s("GS-BIC", "120324", "Grundschule Bickern", "GRUNDSCHULE", "Wanne", 268, 8), // fictional
  s("GS-HOLT", "120325", "Grundschule Holthausen", "GRUNDSCHULE", "Sodingen", 176, 4), // fictional

  // Hauptschulen: only the Hans-Tilkowski-Schule remains
  s("HS-HT", "165201", "Hans-Tilkowski-Schule", "HAUPTSCHULE", "Eickel", 412, 9),
  s("HS-GA", "165202", "Gustav-Adolf-Schule", "HAUPTSCHULE", "Wanne", 214, null, { closedOn: "2016-08-01" }),
  s("HS-MEL", "165203", "Melanchthonschule", "HAUPTSCHULE", "Eickel", 251, null, { closedOn: "2017-08-01" }),
  s("HS-HK", "165204", "Hauptschule Hölkeskampring", "HAUPTSCHULE", "Herne-Mitte", 289, null, {
    closedOn: "2018-08-01",
  }),

  // Realschulen
  s("RS-STR", "168801", "Realschule Strünkede", "REALSCHULE", "Herne-Mitte", 612, 5),
  s("RS-CR", "168802", "Realschule Crange", "REALSCHULE", "Wanne", 548, 7),
  s("RS-SO", "168803", "Realschule Sodingen", "REALSCHULE", "Sodingen", 587, 4),
  s("RS-BURG", "168804", "Realschule an der Burg", "REALSCHULE", "Herne-Mitte", 521, 5),

  // Gymnasien
  s("GY-PES", "168101", "Pestalozzi-Gymnasium", "GYMNASIUM", "Herne-Mitte", 942, 3),
  s("GY-OH", "168102", "Otto-Hahn-Gymnasium", "GYMNASIUM", "Herne-Mitte", 876, 3),
  s("GY-HAR", "168103", "Haranni-Gymnasium", "GYMNASIUM", "Herne-Mitte", 1012, 2),
  s("GY-EIC", "168104", "Gymnasium Eickel", "GYMNASIUM", "Eickel", 805, 4),
  s("GY-WAN", "168105", "Gymnasium Wanne", "GYMNASIUM", "Wanne", 738, 5),

  // Gesamtschulen
  s("GE-MC", "189701", "Gesamtschule Mont-Cenis", "GESAMTSCHULE", "Sodingen", 1284, 6),
  s("GE-WE", "189702", "Gesamtschule Wanne-Eickel", "GESAMTSCHULE", "Wanne", 1196, 7),
  s("GE-EF", "189703", "Erich-Fried-Gesamtschule", "GESAMTSCHULE", "Herne-Mitte", 1342, 7),

  // Berufskollegs
  s("BK-MUL", "194401", "Mulvany-Berufskolleg", "BERUFSKOLLEG", "Herne-Mitte", 2640, null),
  s("BK-EMS", "194402", "Emschertal-Berufskolleg", "BERUFSKOLLEG", "Eickel", 2180, null),

  // Förderschulen
  s("FS-SCHW", "137201", "Schule am Schwalbenweg", "FOERDERSCHULE", "Herne-Mitte", 142, null),
  s("FS-PK", "137202", "Paul-Klee-Schule", "FOERDERSCHULE", "Wanne", 158, null),
  s("FS-SPR", "137203", "Förderschule Sprache Am Stadtgarten", "FOERDERSCHULE", "Herne-Mitte", 96, null), // fictional
  s("FS-LER", "137204", "Förderschule Lernen Sodingen", "FOERDERSCHULE", "Sodingen", 118, null), // fictional
] as const;

export type SchoolKey = (typeof schools)[number]["key"];
