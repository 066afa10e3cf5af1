// Dates and times for the admin pages, German, in the municipality's time zone.
const TIME_ZONE = "Europe/Berlin";

const dateTime = new Intl.DateTimeFormat("de-DE", {
  timeZone: TIME_ZONE,
  dateStyle: "medium",
  timeStyle: "medium",
});
const date = new Intl.DateTimeFormat("de-DE", { timeZone: TIME_ZONE, dateStyle: "medium" });

export const formatDateTime = (value: Date | null, empty = "–") => (value ? dateTime.format(value) : empty);
export const formatDate = (value: Date | null, empty = "–") => (value ? date.format(value) : empty);
