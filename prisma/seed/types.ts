import type { FundingKind, ProviderKind, SchoolType } from "../../lib/generated/prisma/client.ts";
import type { DistrictName } from "./districts.ts";

// Shapes of the declarative seed data. Dates are ISO calendar dates ("2017-08-01"), FTE
// values decimal strings ("0.5", "0.75"); index.ts turns them into database values.

export type IsoDate = `${number}-${number}-${number}`;
export type Fte = `${number}` | `${number}.${number}`;

export type MunicipalitySeed = {
  name: string;
  authority: string;
  department: string;
  unit: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
};

export type ProviderSeed = {
  key: string;
  name: string;
  shortName: string;
  kind: ProviderKind;
  contact: string | null;
};

export type SchoolSeed = {
  key: string;
  schoolNumber: string;
  name: string;
  type: SchoolType;
  district: DistrictName;
  pupilCount: number;
  socialIndex: number | null;
  openedOn: IsoDate | null;
  /** First day the school is closed (the day after its last school day of the year). */
  closedOn: IsoDate | null;
};

export type FundingSeed = {
  key: string;
  name: string;
  kind: FundingKind;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  reference: string | null;
};
