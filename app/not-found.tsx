import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Seite nicht gefunden" };

// German 404. Rendered per request so that its scripts carry the CSP nonce.
export default async function NotFound() {
  await connection();
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-12">
      <h1 className="kern-heading-large mb-4">Seite nicht gefunden</h1>
      <p className="kern-body">
        Diese Seite gibt es nicht, oder Sie dürfen sie nicht sehen. Bitte prüfen Sie die Adresse.
      </p>
      <p className="kern-body mt-6">
        <a className="kern-link" href="/">
          Zur Startseite
        </a>
      </p>
    </main>
  );
}
