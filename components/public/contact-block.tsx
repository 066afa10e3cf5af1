import type { PublicContact } from "@/lib/dal/public-statistics";

/** The coordination office (an office, never a person), from the municipality's record. */
export function ContactBlock({ contact }: { contact: PublicContact }) {
  return (
    <address className="kern-body not-italic" aria-label="Kontakt der Koordinierungsstelle">
      <strong>{contact.authority}</strong>
      <br />
      {contact.department} · {contact.unit}
      <br />
      {contact.street}, {contact.postalCode} {contact.city}
      <br />
      Telefon:{" "}
      <a className="kern-link" href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>
        {contact.phone}
      </a>
      <br />
      E-Mail:{" "}
      <a className="kern-link" href={`mailto:${contact.email}`}>
        {contact.email}
      </a>
    </address>
  );
}
