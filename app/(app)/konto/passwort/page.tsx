import type { Metadata } from "next";
import { getSessionState, requireViewer } from "@/lib/dal/viewer";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Passwort ändern" };

export default async function ChangePasswordPage() {
  await requireViewer({ allowPasswordChange: true });
  const forced = (await getSessionState())?.mustChangePassword ?? false;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-lg px-4 py-8">
      <h1 className="kern-heading-large mb-4">Passwort ändern</h1>
      {forced && (
        <div className="kern-alert kern-alert--info mb-6" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <span className="kern-title">Bitte ersetzen Sie Ihr Einmal-Passwort.</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">
              Sie haben sich mit einem Einmal-Passwort angemeldet. Wählen Sie ein eigenes Passwort, bevor Sie
              weiterarbeiten.
            </p>
          </div>
        </div>
      )}
      <p className="kern-body mb-6">
        Ihr neues Passwort muss mindestens 12 Zeichen lang sein. Gut sind mehrere Wörter, die sonst niemand zusammen
        wählt. Sehr verbreitete Passwörter, Ihre E-Mail-Adresse und Ihr Name sind nicht erlaubt. Nach der Änderung
        werden Sie auf allen anderen Geräten abgemeldet.
      </p>
      <ChangePasswordForm />
    </main>
  );
}
