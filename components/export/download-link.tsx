type Props = { id: string; href: string; label: string; hint: string };

/** One download with its description, linked for screen readers. */
export function DownloadLink({ id, href, label, hint }: Props) {
  return (
    <li className="flex flex-col gap-1">
      <a className="kern-link kern-body--bold" href={href} download aria-describedby={`${id}-hint`}>
        <span className="kern-icon kern-icon--download" aria-hidden="true" /> {label}
      </a>
      <p className="kern-body kern-body--small kern-body--muted" id={`${id}-hint`}>
        {hint}
      </p>
    </li>
  );
}
