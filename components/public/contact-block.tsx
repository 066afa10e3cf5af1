import { useTranslations } from "next-intl";
import type { PublicContact } from "@/lib/dal/public-statistics";

/** The coordination office (an office, never a person), from the municipality's record. */
export function ContactBlock({ contact }: { contact: PublicContact }) {
  const t = useTranslations("public.contact");
  return (
    <address className="kern-body not-italic" aria-label={t("label")}>
      <strong>{contact.authority}</strong>
      <br />
      {contact.department} · {contact.unit}
      <br />
      {contact.street}, {contact.postalCode} {contact.city}
      <br />
      {t.rich("phone", {
        phone: contact.phone,
        link: (chunks) => (
          <a className="kern-link" href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>
            {chunks}
          </a>
        ),
      })}
      <br />
      {t.rich("email", {
        email: contact.email,
        link: (chunks) => (
          <a className="kern-link" href={`mailto:${contact.email}`}>
            {chunks}
          </a>
        ),
      })}
    </address>
  );
}
