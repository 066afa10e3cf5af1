import type { MunicipalitySeed } from "./types.ts";

// The coordination office's public contact block (docs/domain.md: no personal name).
export const municipality: MunicipalitySeed = {
  name: "Herne",
  authority: "Stadt Herne",
  department: "Fachbereich 42/0",
  unit: "Soziale Arbeit an Schulen",
  street: "Hauptstraße 241",
  postalCode: "44649",
  city: "Herne",
  phone: "02323 16-0",
  email: "schulsozialarbeit@herne.de",
};
