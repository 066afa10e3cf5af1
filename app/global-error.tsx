"use client";

import "./globals.css";

// Replaces the root layout when that itself fails, so it brings its own <html> and styles.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="de" data-kern-theme="light">
      <body className="min-h-screen">
        <title>Fehler · Stellwerk</title>
        <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-12">
          <h1 className="kern-heading-large mb-4">Es ist ein Fehler aufgetreten.</h1>
          <p className="kern-body">
            Stellwerk konnte die Seite nicht anzeigen. Bitte laden Sie die Seite neu. Wenn der Fehler bleibt, nennen Sie
            der Koordinierungsstelle bitte die Referenz.
          </p>
          {error.digest && <p className="kern-body kern-body--bold mt-4">Referenz: {error.digest}</p>}
          <p className="kern-body mt-6">
            <a className="kern-link" href="/">
              Zur Startseite
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
