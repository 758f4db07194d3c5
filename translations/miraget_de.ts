<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Miraget</source>
        <translation>Über Miraget</translation>
    </message>
    <message>
        <source>Miraget Desktop %1</source>
        <translation>Miraget Desktop %1</translation>
    </message>
    <message>
        <source>Powered by Miraget</source>
        <translation>Powered by Miraget</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Erstellt mit Qt %1</translation>
    </message>
    <message>
        <source>Miraget Desktop is proprietary software. © Miraget. All rights reserved.</source>
        <translation>Miraget Desktop ist proprietäre Software. © Miraget. Alle Rechte vorbehalten.</translation>
    </message>
    <message>
        <source>Third-party components: Qt (GNU LGPL v3; Qt Charts and Qt HTTP Server GNU GPL v3), SQLCipher (BSD-style licence, includes the public-domain SQLite), QtKeychain (BSD 3-Clause), OpenSSL (Apache License 2.0). Their licence texts come with the operating system&apos;s packages.</source>
        <translation>Komponenten von Drittanbietern: Qt (GNU LGPL v3; Qt Charts und Qt HTTP Server GNU GPL v3), SQLCipher (BSD-artige Lizenz, enthält das gemeinfreie SQLite), QtKeychain (BSD 3-Clause), OpenSSL (Apache License 2.0). Ihre Lizenztexte werden mit den Paketen des Betriebssystems mitgeliefert.</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmelden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Continue in your browser. If it did not open, visit:</source>
        <translation>Fahren Sie im Browser fort. Falls er sich nicht geöffnet hat, rufen Sie diese Adresse auf:</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address, sign in, then paste the address the browser ends on (it starts with http://127.0.0.1) here:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse, melden Sie sich an und fügen Sie dann hier die Adresse ein, bei der der Browser endet (sie beginnt mit http://127.0.0.1):</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3 on %4.</source>
        <translation>Angemeldet als %1 (%2) bei %3 auf %4.</translation>
    </message>
    <message>
        <source>Not signed in (profile “%1”). Use --login.</source>
        <translation>Nicht angemeldet (Profil „%1“). Verwenden Sie --login.</translation>
    </message>
    <message>
        <source>Not signed in: no credentials for %1 in the keychain. Use --login.</source>
        <translation>Nicht angemeldet: keine Zugangsdaten für %1 im Schlüsselbund. Verwenden Sie --login.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again (--login).</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an (--login).</translation>
    </message>
    <message>
        <source>Signed out here, but the server could not confirm the revocation: %1</source>
        <translation>Hier abgemeldet, aber der Server konnte den Widerruf nicht bestätigen: %1</translation>
    </message>
    <message>
        <source>Signed out %1 from %2.</source>
        <translation>%1 von %2 abgemeldet.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Datenaufbewahrung</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (Sie)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>%1 of %2 people tracked</source>
        <translation>%1 von %2 erfassten Personen</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Hier abgemeldet; der Server konnte nicht benachrichtigt werden: %1</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>A lead score is between 1 and 100.</source>
        <translation>Ein Lead-Score liegt zwischen 1 und 100.</translation>
    </message>
    <message>
        <source>Name at least one company or domain to watch.</source>
        <translation>Geben Sie mindestens ein zu beobachtendes Unternehmen oder eine Domain an.</translation>
    </message>
    <message>
        <source>The change is between 10 % and 1000 %.</source>
        <translation>Die Änderung liegt zwischen 10 % und 1000 %.</translation>
    </message>
    <message>
        <source>Compare between 1 and 24 hours.</source>
        <translation>Der Vergleichszeitraum liegt zwischen 1 und 24 Stunden.</translation>
    </message>
    <message>
        <source>The quiet period is at most a week.</source>
        <translation>Die Ruhepause beträgt höchstens eine Woche.</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Add an alert</source>
        <translation>Benachrichtigung hinzufügen</translation>
    </message>
    <message>
        <source>Tell me when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>a lead becomes hot</source>
        <translation>ein Lead heiß wird</translation>
    </message>
    <message>
        <source>a watched company returns</source>
        <translation>ein beobachtetes Unternehmen wiederkommt</translation>
    </message>
    <message>
        <source>someone visits a page</source>
        <translation>jemand eine Seite besucht</translation>
    </message>
    <message>
        <source>traffic spikes or drops</source>
        <translation>der Traffic stark steigt oder fällt</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Score mindestens</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>One name or domain per line, e.g. acme.com</source>
        <translation>Ein Name oder eine Domain pro Zeile, z. B. acme.com</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>/pricing, /blog/*, or a whole address</source>
        <translation>/pricing, /blog/* oder eine vollständige Adresse</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>a spike or a drop</source>
        <translation>Anstieg oder Rückgang</translation>
    </message>
    <message>
        <source>a spike</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>a drop</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>Change of at least (%)</source>
        <translation>Änderung von mindestens (%)</translation>
    </message>
    <message>
        <source>Over the last hours</source>
        <translation>Über die letzten Stunden</translation>
    </message>
    <message>
        <source>At least page views</source>
        <translation>Mindestanzahl Seitenaufrufe</translation>
    </message>
    <message>
        <source>Then quiet for (hours)</source>
        <translation>Danach Ruhepause (Stunden)</translation>
    </message>
    <message>
        <source>Compared with the same hours one week earlier, as soon as the page views are in.</source>
        <translation>Verglichen mit denselben Stunden eine Woche zuvor, sobald die Seitenaufrufe vorliegen.</translation>
    </message>
    <message>
        <source>Only what happens from now on counts; each lead or visit is notified once.</source>
        <translation>Nur was ab jetzt geschieht, zählt; zu jedem Lead oder Besuch wird nur einmal benachrichtigt.</translation>
    </message>
</context>
<context>
    <name>AlertRulesCard</name>
    <message>
        <source>Alerts</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>A lead reaches score %1</source>
        <translation>Ein Lead erreicht Score %1</translation>
    </message>
    <message>
        <source>A watched company visits again: %1</source>
        <translation>Erneuter Besuch eines beobachteten Unternehmens: %1</translation>
    </message>
    <message>
        <source>A visit to %1</source>
        <translation>Ein Besuch auf %1</translation>
    </message>
    <message>
        <source>Traffic rises by %1 %</source>
        <translation>Traffic steigt um %1 %</translation>
    </message>
    <message>
        <source>Traffic falls by %1 %</source>
        <translation>Traffic sinkt um %1 %</translation>
    </message>
    <message>
        <source>Traffic rises or falls by %1 %</source>
        <translation>Traffic steigt oder sinkt um %1 %</translation>
    </message>
    <message numerus="yes">
        <source>against the same %n hour(s) a week before</source>
        <translation>
            <numerusform>gegenüber derselben %n Stunde eine Woche zuvor</numerusform>
            <numerusform>gegenüber denselben %n Stunden eine Woche zuvor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %n time(s), last %1</source>
        <translation>
            <numerusform>%n-mal ausgelöst, zuletzt %1</numerusform>
            <numerusform>%n-mal ausgelöst, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not fired yet</source>
        <translation>Noch nicht ausgelöst</translation>
    </message>
    <message numerus="yes">
        <source>quiet for %n minute(s) after an alert</source>
        <translation>
            <numerusform>nach einer Benachrichtigung %n Minute Ruhepause</numerusform>
            <numerusform>nach einer Benachrichtigung %n Minuten Ruhepause</numerusform>
        </translation>
    </message>
    <message>
        <source>Miraget tells you on the desktop, also while its window is closed. Each event is notified once, including what happened while this computer was offline.</source>
        <translation>Miraget benachrichtigt Sie auf dem Desktop, auch wenn das Fenster geschlossen ist. Jedes Ereignis wird einmal gemeldet, auch was geschah, während dieser Computer offline war.</translation>
    </message>
    <message>
        <source>Remove this alert</source>
        <translation>Diese Benachrichtigung entfernen</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Add an alert…</source>
        <translation>Benachrichtigung hinzufügen…</translation>
    </message>
    <message>
        <source>A company on the target list “%1” visits again</source>
        <translation>Erneuter Besuch eines Unternehmens der Zielkundenliste „%1“</translation>
    </message>
</context>
<context>
    <name>AlertRulesModel</name>
    <message>
        <source>Choose what the alert waits for.</source>
        <translation>Wählen Sie, worauf die Benachrichtigung wartet.</translation>
    </message>
    <message>
        <source>Alert added.</source>
        <translation>Benachrichtigung hinzugefügt.</translation>
    </message>
    <message>
        <source>Alert on.</source>
        <translation>Benachrichtigung aktiviert.</translation>
    </message>
    <message>
        <source>Alert off.</source>
        <translation>Benachrichtigung deaktiviert.</translation>
    </message>
    <message>
        <source>Alert removed.</source>
        <translation>Benachrichtigung entfernt.</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>Could not save the alert: %1</source>
        <translation>Die Benachrichtigung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Target lists</source>
        <translation>Zielkundenlisten</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Neuigkeiten</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Every action on the account, who did it and when</source>
        <translation>Jede Aktion im Konto – wer sie ausgeführt hat und wann</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Art der Aktion</translation>
    </message>
    <message>
        <source>Who (email)</source>
        <translation>Wer (E-Mail)</translation>
    </message>
    <message>
        <source>Filter by who did it</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Words in the action or its details</source>
        <translation>Wörter in der Aktion oder ihren Details</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Nach Wörtern filtern</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Von JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>Bis JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Keine passenden Einträge</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequest</name>
    <message>
        <source>The answer from the browser does not belong to this sign-in (state mismatch); it was ignored. Start the sign-in again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (State stimmt nicht überein); sie wurde ignoriert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>Der Zugriff wurde im Browser verweigert.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The browser&apos;s answer had no authorization code.</source>
        <translation>Die Antwort des Browsers enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>That is not the address the sign-in redirected to (expected %1…).</source>
        <translation>Das ist nicht die Adresse, auf die die Anmeldung weitergeleitet hat (erwartet: %1…).</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Windows did not accept the change to the programs started at sign-in.</source>
        <translation>Windows hat die Änderung an den bei der Anmeldung gestarteten Programmen nicht übernommen.</translation>
    </message>
    <message>
        <source>Starting at sign-in is not supported on this system yet.</source>
        <translation>Der Start bei der Anmeldung wird auf diesem System noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BillingModel</name>
    <message>
        <source>Your plan has been changed.</source>
        <translation>Ihr Tarif wurde geändert.</translation>
    </message>
    <message>
        <source>Cancelled: the plan stays active until the end of the period and does not renew.</source>
        <translation>Gekündigt: Der Tarif bleibt bis zum Ende des Zeitraums aktiv und verlängert sich nicht.</translation>
    </message>
    <message>
        <source>Resumed: the plan renews at the end of the period.</source>
        <translation>Fortgesetzt: Der Tarif verlängert sich zum Ende des Zeitraums.</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Change your plan?</source>
        <translation>Tarif ändern?</translation>
    </message>
    <message>
        <source>From %1 (%2) to %3 (%4). You pay %5 now; the plan then renews on %6 at %7.</source>
        <translation>Von %1 (%2) zu %3 (%4). Sie zahlen jetzt %5; danach verlängert sich der Tarif am %6 zu %7.</translation>
    </message>
    <message>
        <source>Cancel the subscription?</source>
        <translation>Abonnement kündigen?</translation>
    </message>
    <message>
        <source>Your plan stays active until %1 and then ends: it will not renew and you will not be charged again. You can resume before then.</source>
        <translation>Ihr Tarif bleibt bis %1 aktiv und endet dann: Er verlängert sich nicht und es wird nichts mehr berechnet. Bis dahin können Sie ihn fortsetzen.</translation>
    </message>
    <message>
        <source>Plan, usage and invoices</source>
        <translation>Tarif, Nutzung und Rechnungen</translation>
    </message>
    <message>
        <source>Billing is for owners and billing admins</source>
        <translation>Die Abrechnung ist nur für Inhaber und Abrechnungs-Admins zugänglich</translation>
    </message>
    <message>
        <source>Billing has not been synced yet</source>
        <translation>Die Abrechnung wurde noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Reading the subscription…</source>
        <translation>Abonnement wird gelesen…</translation>
    </message>
    <message>
        <source>Connect once to see your plan.</source>
        <translation>Verbinden Sie sich einmal, um Ihren Tarif zu sehen.</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Ihr Tarif</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Testphase: noch %n Tag</numerusform>
            <numerusform>Testphase: noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: active until %1, then it ends and does not renew.</source>
        <translation>Gekündigt: aktiv bis %1, danach endet der Tarif und verlängert sich nicht.</translation>
    </message>
    <message>
        <source>Renews on %1.</source>
        <translation>Verlängert sich am %1.</translation>
    </message>
    <message>
        <source>Cancel subscription…</source>
        <translation>Abonnement kündigen…</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>Abonnement fortsetzen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Change plan or billing cycle</source>
        <translation>Tarif oder Abrechnungszeitraum ändern</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Preview price</source>
        <translation>Preisvorschau</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Tarif ändern…</translation>
    </message>
    <message>
        <source>Credit for the rest of this period: %1 · due now: %2 · then %3 from %4</source>
        <translation>Gutschrift für den Rest dieses Zeitraums: %1 · jetzt fällig: %2 · danach %3 ab %4</translation>
    </message>
    <message>
        <source>Plan changes need a connection to the server.</source>
        <translation>Tarifänderungen erfordern eine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Download invoice %1 as PDF</source>
        <translation>Rechnung %1 als PDF herunterladen</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Noch keine Rechnungen</translation>
    </message>
</context>
<context>
    <name>BreakdownCard</name>
    <message>
        <source>Not shared</source>
        <translation>Nicht übermittelt</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No page views in this range</source>
        <translation>Keine Seitenaufrufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>Show only visits with %1</source>
        <translation>Nur Besuche mit %1 zeigen</translation>
    </message>
</context>
<context>
    <name>CacheFiles</name>
    <message>
        <source>This account&apos;s cache key is not in the keychain; sign in again to rebuild the cache.</source>
        <translation>Der Cache-Schlüssel dieses Kontos ist nicht im Schlüsselbund; melden Sie sich erneut an, um den Cache neu aufzubauen.</translation>
    </message>
    <message>
        <source>Could not create the cache %1.</source>
        <translation>Der Cache %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>CachedCollection</name>
    <message>
        <source>Field “%1” of a %2 item has the wrong type.</source>
        <translation>Das Feld „%1“ eines %2-Eintrags hat den falschen Typ.</translation>
    </message>
    <message>
        <source>A %1 item has no seq.</source>
        <translation>Ein %1-Eintrag hat keine seq.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Miraget server to use, e.g. https://miraget.example.com (plain http only for this computer).</source>
        <translation>Zu verwendender Miraget-Server, z. B. https://miraget.example.com (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Profile to use; each profile has its own sign-in, cache and settings.</source>
        <translation>Zu verwendendes Profil; jedes Profil hat eigene Anmeldung, eigenen Cache und eigene Einstellungen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Seconds --login waits for the browser (default 300).</source>
        <translation>Sekunden, die --login auf den Browser wartet (Standard: 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Write the cached leads to FILE as CSV (UTF-8, RFC 4180) and exit; works offline.</source>
        <translation>Die zwischengespeicherten Leads als CSV (UTF-8, RFC 4180) in DATEI schreiben und beenden; funktioniert offline.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Miraget Desktop: your leads and visitor activity, online and offline.</source>
        <translation>Miraget Desktop: Ihre Leads und Besucheraktivität, online und offline.</translation>
    </message>
    <message>
        <source>Print the profile&apos;s config, data, cache and log directories as JSON and exit.</source>
        <translation>Die Konfigurations-, Daten-, Cache- und Protokollverzeichnisse des Profils als JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Sign in to --server in the system browser ($BROWSER is honoured) and exit once signed in.</source>
        <translation>Im Systembrowser bei --server anmelden ($BROWSER wird berücksichtigt) und nach der Anmeldung beenden.</translation>
    </message>
    <message>
        <source>Print the signed-in user (GET /v1/me) as JSON, refreshing the sign-in if needed.</source>
        <translation>Den angemeldeten Benutzer (GET /v1/me) als JSON ausgeben und die Anmeldung bei Bedarf erneuern.</translation>
    </message>
    <message>
        <source>Sign out: revoke the session on the server and delete its secrets from the keychain.</source>
        <translation>Abmelden: die Sitzung auf dem Server widerrufen und ihre Geheimnisse aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <source>Sync the signed-in account&apos;s cache until it is caught up, print a JSON summary and exit (non-zero on failure).</source>
        <translation>Den Cache des angemeldeten Kontos synchronisieren, bis er aktuell ist, eine JSON-Zusammenfassung ausgeben und beenden (bei Fehler ungleich null).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together.</source>
        <translation>%1 und %2 können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 1 and 3600.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden zwischen 1 und 3600.</translation>
    </message>
    <message>
        <source>Invalid --server: %1</source>
        <translation>Ungültiger Wert für --server: %1</translation>
    </message>
    <message>
        <source>--export-leads needs a file name.</source>
        <translation>--export-leads benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>--login needs --server URL.</source>
        <translation>--login benötigt --server URL.</translation>
    </message>
    <message>
        <source>Start with the window hidden in the system tray, or minimised when there is no tray.</source>
        <translation>Mit ausgeblendetem Fenster im Infobereich starten, oder minimiert, wenn es keinen Infobereich gibt.</translation>
    </message>
    <message>
        <source>A miraget:// link to open: a lead, a lead list or a dashboard range.</source>
        <translation>Ein miraget://-Link zum Öffnen: ein Lead, eine Lead-Liste oder ein Dashboard-Zeitraum.</translation>
    </message>
    <message>
        <source>A link opens in the window; %1 does not take one.</source>
        <translation>Ein Link wird im Fenster geöffnet; %1 nimmt keinen an.</translation>
    </message>
</context>
<context>
    <name>DashboardBreakdowns</name>
    <message>
        <source>Top pages</source>
        <translation>Top-Seiten</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Einstiegsseiten</translation>
    </message>
    <message>
        <source>Exit pages</source>
        <translation>Ausstiegsseiten</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Verweisquellen</translation>
    </message>
    <message>
        <source>UTM sources</source>
        <translation>UTM-Quellen</translation>
    </message>
    <message>
        <source>UTM media</source>
        <translation>UTM-Medien</translation>
    </message>
    <message>
        <source>UTM campaigns</source>
        <translation>UTM-Kampagnen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>Screen sizes</source>
        <translation>Bildschirmgrößen</translation>
    </message>
</context>
<context>
    <name>DashboardKpis</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>New hot leads</source>
        <translation>Neue heiße Leads</translation>
    </message>
    <message>
        <source>new leads already scoring 70 or more</source>
        <translation>neue Leads mit einem Score von bereits 70 oder mehr</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>identified companies behind these visits</source>
        <translation>erkannte Unternehmen hinter diesen Besuchen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>visits of a single page</source>
        <translation>Besuche mit nur einer Seite</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Besuchsdauer</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Pages per visit</source>
        <translation>Seiten pro Besuch</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>Visitors over time</source>
        <translation>Besucher im Zeitverlauf</translation>
    </message>
    <message>
        <source>New leads over time</source>
        <translation>Neue Leads im Zeitverlauf</translation>
    </message>
    <message>
        <source>Page views over time</source>
        <translation>Seitenaufrufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>The dashboard could not be computed</source>
        <translation>Das Dashboard konnte nicht berechnet werden</translation>
    </message>
    <message>
        <source>Nothing cached for this range</source>
        <translation>Für diesen Zeitraum ist nichts zwischengespeichert</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen…</translation>
    </message>
    <message>
        <source>No visits in this range</source>
        <translation>Keine Besuche in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Connect to sync the account&apos;s activity.</source>
        <translation>Verbinden Sie sich, um die Aktivität des Kontos zu synchronisieren.</translation>
    </message>
    <message>
        <source>Visits appear here once your sites&apos; trackers report them.</source>
        <translation>Besuche erscheinen hier, sobald die Tracker Ihrer Websites sie melden.</translation>
    </message>
    <message>
        <source>Activity is still arriving; the chart fills in as it comes.</source>
        <translation>Die Aktivität kommt noch an; das Diagramm füllt sich nach und nach.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy a link to these days</source>
        <translation>Link zu diesen Tagen kopieren</translation>
    </message>
    <message>
        <source>A miraget:// link that opens the dashboard on these days</source>
        <translation>Ein miraget://-Link, der das Dashboard mit diesen Tagen öffnet</translation>
    </message>
    <message>
        <source>Show these days</source>
        <translation>Diese Tage zeigen</translation>
    </message>
    <message>
        <source>Compare with these days</source>
        <translation>Mit diesen Tagen vergleichen</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>ggü. Vorperiode</translation>
    </message>
    <message>
        <source>vs a year earlier</source>
        <translation>ggü. Vorjahr</translation>
    </message>
    <message>
        <source>vs other dates…</source>
        <translation>ggü. anderen Tagen…</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Ein Jahr zuvor</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Now click the last day.</source>
        <translation>Klicken Sie jetzt auf den letzten Tag.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>DateRangePopup</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>DesktopAlerts</name>
    <message>
        <source>Hot lead: %1</source>
        <translation>Heißer Lead: %1</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>ein Unternehmen</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Score %1 · %2</source>
        <translation>Score %1 · %2</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 ist zurück</translation>
    </message>
    <message>
        <source>A watched company</source>
        <translation>Ein beobachtetes Unternehmen</translation>
    </message>
    <message>
        <source>Visiting %1</source>
        <translation>Besucht %1</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Besuch auf %1</translation>
    </message>
    <message>
        <source>By an anonymous visitor</source>
        <translation>Von einem anonymen Besucher</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Traffic spike: %1 % more than last week</source>
        <translation>Traffic-Anstieg: %1 % mehr als letzte Woche</translation>
    </message>
    <message>
        <source>Traffic drop: %1 % less than last week</source>
        <translation>Traffic-Rückgang: %1 % weniger als letzte Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s) in the last %1</source>
        <translation>
            <numerusform>%n Seitenaufruf innerhalb der letzten %1</numerusform>
            <numerusform>%n Seitenaufrufe innerhalb der letzten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s) in the same hours a week ago</source>
        <translation>
            <numerusform>%n Seitenaufruf in denselben Stunden vor einer Woche</numerusform>
            <numerusform>%n Seitenaufrufe in denselben Stunden vor einer Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n weitere Benachrichtigung</numerusform>
            <numerusform>%n weitere Benachrichtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n new hot lead(s)</source>
        <translation>
            <numerusform>Darunter %n neuer heißer Lead</numerusform>
            <numerusform>Darunter %n neue heiße Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Miraget to see them</source>
        <translation>Öffnen Sie Miraget, um sie anzusehen</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Internetanbieter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ExclusionsModel</name>
    <message>
        <source>Only an owner or an admin may hide companies.</source>
        <translation>Nur ein Inhaber oder Admin darf Unternehmen ausblenden.</translation>
    </message>
    <message>
        <source>Type or paste the domains to hide, one per line.</source>
        <translation>Geben Sie die auszublendenden Domains ein oder fügen Sie sie ein, eine pro Zeile.</translation>
    </message>
    <message>
        <source>None of these is a web domain: %1</source>
        <translation>Keiner dieser Einträge ist eine Web-Domain: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) hidden from the lead list.</source>
        <translation>
            <numerusform>%n Unternehmen aus der Lead-Liste ausgeblendet.</numerusform>
            <numerusform>%n Unternehmen aus der Lead-Liste ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not domains, left out: %1.</source>
        <translation>Keine Domains, ausgelassen: %1.</translation>
    </message>
    <message>
        <source>The company is back in the lead list.</source>
        <translation>Das Unternehmen ist wieder in der Lead-Liste.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Not in a CRM</source>
        <translation>Nicht im CRM</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Pipedrive</source>
        <translation>Pipedrive</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>People tracked</source>
        <translation>Erfasste Personen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Team seats</source>
        <translation>Team-Plätze</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>Nicht eingestuft</translation>
    </message>
</context>
<context>
    <name>FunnelCard</name>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Step %1, %2: %3 visits, %4 of the first step</source>
        <translation>Schritt %1, %2: %3 Besuche, %4 des ersten Schritts</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 Besuche</translation>
    </message>
    <message>
        <source>%1 visits · %2 went on</source>
        <translation>%1 Besuche · %2 gingen weiter</translation>
    </message>
    <message>
        <source>This funnel cannot be counted</source>
        <translation>Dieser Trichter kann nicht gezählt werden</translation>
    </message>
    <message>
        <source>No funnels yet</source>
        <translation>Noch keine Trichter</translation>
    </message>
    <message>
        <source>An owner or admin defines funnels (2 to 5 pages in order) in Miraget.</source>
        <translation>Inhaber oder Admins legen Trichter (2 bis 5 Seiten in Reihenfolge) in Miraget an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped here (%n companies)</source>
        <translation>
            <numerusform>%1 hörten hier auf (%n Unternehmen)</numerusform>
            <numerusform>%1 hörten hier auf (%n Unternehmen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Companies that reached step %1, %2</source>
        <translation>Unternehmen, die Schritt %1 erreicht haben, %2</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>A funnel has 2 to 5 steps.</source>
        <translation>Ein Trichter hat 2 bis 5 Schritte.</translation>
    </message>
    <message>
        <source>Step %1 is empty: type the page it stands for, such as /pricing.</source>
        <translation>Schritt %1 ist leer: Geben Sie die Seite ein, für die er steht, etwa /pricing.</translation>
    </message>
    <message>
        <source>Step %1 (“%2”) is not a page pattern: %3</source>
        <translation>Schritt %1 („%2“) ist kein Seitenmuster: %3</translation>
    </message>
</context>
<context>
    <name>GoalsCard</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1: %2 conversions, %3 of visits</source>
        <translation>%1: %2 Konversionen, %3 der Besuche</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <source>An owner or admin defines goals (pages such as /demo) in Miraget.</source>
        <translation>Inhaber oder Admins legen Ziele (Seiten wie /demo) in Miraget an.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Companies that reached %1</source>
        <translation>Unternehmen, die %1 erreicht haben</translation>
    </message>
</context>
<context>
    <name>HelpMenuBar</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Miraget</source>
        <translation>Ü&amp;ber Miraget</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Problem melden…</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: versions, the server and recent sync errors, with no tokens and no lead data. Paste them into your message to support@miraget.com.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert: Versionen, der Server und die letzten Synchronisierungsfehler, ohne Tokens und ohne Lead-Daten. Fügen Sie sie in Ihre Nachricht an support@miraget.com ein.</translation>
    </message>
</context>
<context>
    <name>HiddenCompaniesCard</name>
    <message>
        <source>Hidden companies</source>
        <translation>Ausgeblendete Unternehmen</translation>
    </message>
    <message>
        <source>Their visits still count in traffic; their leads leave the list, lead counts and alerts. The lead list&apos;s “Hidden” view shows them.</source>
        <translation>Besuche dieser Unternehmen zählen weiterhin zum Traffic; ihre Leads verschwinden aus der Liste, den Lead-Zahlen und den Benachrichtigungen. Die Ansicht „Ausgeblendet“ der Lead-Liste zeigt sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the server yet</source>
        <translation>noch nicht auf dem Server</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder einblenden</translation>
    </message>
    <message>
        <source>No hidden companies.</source>
        <translation>Keine ausgeblendeten Unternehmen.</translation>
    </message>
    <message>
        <source>Domains to hide</source>
        <translation>Auszublendende Domains</translation>
    </message>
    <message>
        <source>Why they are hidden</source>
        <translation>Grund für das Ausblenden</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hidden company to show again</source>
        <translation>Ausgeblendetes Unternehmen, das wieder eingeblendet wird</translation>
    </message>
    <message>
        <source>Domains to hide, separated by commas (rival.example, https://www.customer.example/…)</source>
        <translation>Auszublendende Domains, durch Kommas getrennt (rival.example, https://www.customer.example/…)</translation>
    </message>
</context>
<context>
    <name>IcpEditor</name>
    <message>
        <source>Only an owner or an admin may change the ideal customer profile.</source>
        <translation>Nur ein Inhaber oder Admin darf das Idealkundenprofil ändern.</translation>
    </message>
    <message>
        <source>Profile saved; every lead has been graded again.</source>
        <translation>Profil gespeichert; alle Leads wurden neu eingestuft.</translation>
    </message>
    <message>
        <source>Someone else changed the profile meanwhile. Their version is shown; your changes are still here to save again.</source>
        <translation>Jemand anderes hat das Profil inzwischen geändert. Dessen Fassung wird angezeigt; Ihre Änderungen sind noch vorhanden und können erneut gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>IcpProfile</name>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The ideal customer profile&apos;s “%1” is not valid.</source>
        <translation>Das Feld „%1“ des Idealkundenprofils ist ungültig.</translation>
    </message>
    <message>
        <source>The ideal customer profile&apos;s “%1” has a value that is not text.</source>
        <translation>Das Feld „%1“ des Idealkundenprofils enthält einen Wert, der kein Text ist.</translation>
    </message>
</context>
<context>
    <name>IcpProfileCard</name>
    <message>
        <source>Ideal customer</source>
        <translation>Idealkunde</translation>
    </message>
    <message>
        <source>A lead&apos;s fit is the share of these weights its company matches: A from 80, B from 60, C from 40, else D. A dimension without values does not count.</source>
        <translation>Der Fit eines Leads ist der Anteil dieser Gewichtungen, den sein Unternehmen erfüllt: A ab 80, B ab 60, C ab 40, sonst D. Eine Dimension ohne Werte zählt nicht.</translation>
    </message>
    <message>
        <source>Only an owner or an admin may change the profile. A lead&apos;s fit is the share of these weights its company matches: A from 80, B from 60, C from 40, else D.</source>
        <translation>Nur ein Inhaber oder Admin darf das Profil ändern. Der Fit eines Leads ist der Anteil dieser Gewichtungen, den sein Unternehmen erfüllt: A ab 80, B ab 60, C ab 40, sonst D.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewichtung von %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewichtung %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a value to %1</source>
        <translation>Wert zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Any (does not count)</source>
        <translation>Beliebig (zählt nicht)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Saving the profile needs the network.</source>
        <translation>Das Speichern des Profils erfordert eine Netzwerkverbindung.</translation>
    </message>
</context>
<context>
    <name>IntegrationsModel</name>
    <message>
        <source>Sync started.</source>
        <translation>Synchronisierung gestartet.</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Connections that import and export your data (MiragetConnector)</source>
        <translation>Verbindungen, die Ihre Daten importieren und exportieren (MiragetConnector)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>%1 imported · %2 exported</source>
        <translation>%1 importiert · %2 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Erfordert eine Verbindung zum Server</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Recent sync runs of this integration</source>
        <translation>Letzte Synchronisierungsläufe dieser Integration</translation>
    </message>
    <message>
        <source>Recent sync runs</source>
        <translation>Letzte Synchronisierungsläufe</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync runs yet</source>
        <translation>Noch keine Synchronisierungsläufe</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>The server did not send a PDF.</source>
        <translation>Der Server hat kein PDF gesendet.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1: %2, %3 against the previous period</source>
        <translation>%1: %2, %3 gegenüber dem vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>ggü. %1</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>LeadBulkEdit</name>
    <message>
        <source>Your role may not change leads.</source>
        <translation>Ihre Rolle darf keine Leads ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %n leads.</source>
        <translation>
            <numerusform>Status für %n Lead geändert.</numerusform>
            <numerusform>Status für %n Leads geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignee changed for %n leads.</source>
        <translation>
            <numerusform>Zuweisung für %n Lead geändert.</numerusform>
            <numerusform>Zuweisung für %n Leads geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads&apos; tags could not be read: %1</source>
        <translation>Die Tags der Leads konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n leads.</source>
        <translation>
            <numerusform>Tag „%1“ zu %n Lead hinzugefügt.</numerusform>
            <numerusform>Tag „%1“ zu %n Leads hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” removed from %n leads.</source>
        <translation>
            <numerusform>Tag „%1“ von %n Lead entfernt.</numerusform>
            <numerusform>Tag „%1“ von %n Leads entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n leads could not be changed: %2</source>
        <translation>
            <numerusform>%1 %n Lead konnte nicht geändert werden: %2</numerusform>
            <numerusform>%1 %n Leads konnten nicht geändert werden: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDetail</name>
    <message>
        <source>Your role may not change leads.</source>
        <translation>Ihre Rolle darf keine Leads ändern.</translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the server as soon as it can.</source>
        <translation>Auf diesem Computer gespeichert; wird an den Server gesendet, sobald dies möglich ist.</translation>
    </message>
    <message>
        <source>Your role may not write notes.</source>
        <translation>Ihre Rolle darf keine Notizen schreiben.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Your role may not change notes.</source>
        <translation>Ihre Rolle darf keine Notizen ändern.</translation>
    </message>
    <message>
        <source>Your role may not delete notes.</source>
        <translation>Ihre Rolle darf keine Notizen löschen.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Notiz gelöscht.</translation>
    </message>
    <message>
        <source>Pushed to the CRM as %1.</source>
        <translation>Als %1 an das CRM übertragen.</translation>
    </message>
</context>
<context>
    <name>LeadDetailPage</name>
    <message>
        <source>Lead detail</source>
        <translation>Lead-Details</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen…</translation>
    </message>
    <message>
        <source>This lead is not in the cache</source>
        <translation>Dieser Lead ist nicht im Cache</translation>
    </message>
    <message>
        <source>It may have been removed on the server.</source>
        <translation>Er wurde möglicherweise auf dem Server entfernt.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>← Leads</source>
        <translation>← Leads</translation>
    </message>
    <message>
        <source>Back to the lead list (Esc)</source>
        <translation>Zurück zur Lead-Liste (Esc)</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Mitarbeitende</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>Synchronisierungsstatus: %1</translation>
    </message>
    <message>
        <source>Not saved on the server — %1: your value %2, the server kept %3. %4</source>
        <translation>Nicht auf dem Server gespeichert — %1: Ihr Wert %2, der Server hat %3 beibehalten. %4</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Work this lead</source>
        <translation>Lead bearbeiten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Tag eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <source>Your role can view leads but not change them.</source>
        <translation>Ihre Rolle kann Leads ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Erster Besuch</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Lead since</source>
        <translation>Lead seit</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>An %1 übertragen</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Erfordert eine Verbindung zum Server</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>Status von %1: %2</translation>
    </message>
    <message>
        <source>Your role may not push leads</source>
        <translation>Ihre Rolle darf keine Leads übertragen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy a link to this lead</source>
        <translation>Link zu diesem Lead kopieren</translation>
    </message>
    <message>
        <source>A miraget:// link that opens this lead in Miraget</source>
        <translation>Ein miraget://-Link, der diesen Lead in Miraget öffnet</translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n leads to %1.</source>
        <translation>
            <numerusform>%n Lead nach %1 exportiert.</numerusform>
            <numerusform>%n Leads nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>Any status ▾</source>
        <translation>Beliebiger Status ▾</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Only %1 leads</source>
        <translation>Nur Leads: %1</translation>
    </message>
    <message>
        <source>Score %1–%2</source>
        <translation>Score %1–%2</translation>
    </message>
    <message>
        <source>Score range</source>
        <translation>Score-Bereich</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Beliebiges Land</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Länderfilter</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Beliebige Branche</translation>
    </message>
    <message>
        <source>Industry filter</source>
        <translation>Branchenfilter</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Beliebige Größe</translation>
    </message>
    <message>
        <source>Company size filter</source>
        <translation>Filter für Unternehmensgröße</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebige Person</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filter für Zuständige</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Website-Filter</translation>
    </message>
    <message>
        <source>Visited any time</source>
        <translation>Beliebiger Besuchszeitpunkt</translation>
    </message>
    <message>
        <source>Visited today</source>
        <translation>Heute besucht</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last visit filter</source>
        <translation>Filter für letzten Besuch</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Any fit ▾</source>
        <translation>Beliebiger Fit ▾</translation>
    </message>
    <message>
        <source>Fit %1 ▾</source>
        <translation>Fit %1 ▾</translation>
    </message>
    <message>
        <source>Fit grade filter</source>
        <translation>Filter für Fit-Klasse</translation>
    </message>
    <message>
        <source>Any list</source>
        <translation>Beliebige Liste</translation>
    </message>
    <message>
        <source>Target list filter</source>
        <translation>Filter für Zielkundenliste</translation>
    </message>
    <message>
        <source>Hot and fit</source>
        <translation>Heiß und passend</translation>
    </message>
    <message>
        <source>Show hot leads of companies that fit the profile</source>
        <translation>Heiße Leads von Unternehmen anzeigen, die zum Profil passen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Show only hidden companies</source>
        <translation>Nur ausgeblendete Unternehmen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n companies)  ✕</source>
        <translation>
            <numerusform>%1 (%n Unternehmen)  ✕</numerusform>
            <numerusform>%1 (%n Unternehmen)  ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every company again, not only: %1</source>
        <translation>Wieder alle Unternehmen zeigen, nicht nur: %1</translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>The lead list could not be read: %1</source>
        <translation>Die Lead-Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The leads could not be counted: %1</source>
        <translation>Die Leads konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>LeadListView</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Export the leads in this view</source>
        <translation>Die Leads dieser Ansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Diese Ansicht speichern</translation>
    </message>
    <message>
        <source>Name, e.g. Hot UK leads</source>
        <translation>Name, z. B. Heiße Leads UK</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) match</source>
        <translation>
            <numerusform>%n passender Lead</numerusform>
            <numerusform>%n passende Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, domain, tags, notes (Ctrl+F)</source>
        <translation>Name, Domain, Tags, Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <source>Views ▾</source>
        <translation>Ansichten ▾</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>Aktuelle Ansicht speichern…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status ▾</source>
        <translation>Status setzen ▾</translation>
    </message>
    <message>
        <source>Assign ▾</source>
        <translation>Zuweisen ▾</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag for the selected leads</source>
        <translation>Tag für die ausgewählten Leads</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Select all %n</source>
        <translation>
            <numerusform>%n auswählen</numerusform>
            <numerusform>Alle %n auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <source>The leads could not be read</source>
        <translation>Die Leads konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>No leads cached yet</source>
        <translation>Noch keine Leads zwischengespeichert</translation>
    </message>
    <message>
        <source>No leads match</source>
        <translation>Keine passenden Leads</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Noch keine Leads</translation>
    </message>
    <message>
        <source>Connect once to sync the account; after that the list works offline.</source>
        <translation>Verbinden Sie sich einmal, um das Konto zu synchronisieren; danach funktioniert die Liste offline.</translation>
    </message>
    <message>
        <source>Try fewer filters or other words.</source>
        <translation>Versuchen Sie es mit weniger Filtern oder anderen Wörtern.</translation>
    </message>
    <message>
        <source>Leads appear when your sites&apos; visitors are identified as companies.</source>
        <translation>Leads erscheinen, sobald Besucher Ihrer Websites als Unternehmen erkannt werden.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>The first sync is still loading leads. The list shows them as they arrive; sorting is slower, and search and tag filters find them once the list is prepared.</source>
        <translation>Die erste Synchronisierung lädt noch Leads. Die Liste zeigt sie, sobald sie ankommen; das Sortieren ist langsamer, und Suche und Tag-Filter finden sie, sobald die Liste vorbereitet ist.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Copy link to this view</source>
        <translation>Link zu dieser Ansicht kopieren</translation>
    </message>
</context>
<context>
    <name>LeadRow</name>
    <message>
        <source>%1, score %2, %3</source>
        <translation>%1, Score %2, %3</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Changed here; not on the server yet</source>
        <translation>Hier geändert; noch nicht auf dem Server</translation>
    </message>
    <message>
        <source>The server kept another value</source>
        <translation>Der Server hat einen anderen Wert beibehalten</translation>
    </message>
    <message>
        <source>Fit %1, grade %2</source>
        <translation>Fit %1, Klasse %2</translation>
    </message>
</context>
<context>
    <name>LeadSelection</name>
    <message>
        <source>Selected the first %1 leads; bulk changes are limited to that many at a time.</source>
        <translation>Die ersten %1 Leads wurden ausgewählt; Massenänderungen sind auf so viele gleichzeitig begrenzt.</translation>
    </message>
</context>
<context>
    <name>LeadTriage</name>
    <message>
        <source>Only an owner or an admin may hide companies.</source>
        <translation>Nur ein Inhaber oder Admin darf Unternehmen ausblenden.</translation>
    </message>
    <message>
        <source>%1 is hidden from the lead list for the whole team.</source>
        <translation>%1 ist für das ganze Team aus der Lead-Liste ausgeblendet.</translation>
    </message>
    <message>
        <source>%1 is back in the lead list.</source>
        <translation>%1 ist wieder in der Lead-Liste.</translation>
    </message>
</context>
<context>
    <name>LeadTriageCard</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Grade %1 · fit %2</source>
        <translation>Klasse %1 · Fit %2</translation>
    </message>
    <message>
        <source>No ideal customer profile yet: Settings → Ideal customer.</source>
        <translation>Noch kein Idealkundenprofil: Einstellungen → Idealkunde.</translation>
    </message>
    <message>
        <source>%1 %2 matches (+%3)</source>
        <translation>%1 %2 passt (+%3)</translation>
    </message>
    <message>
        <source>%1 %2 is not in the profile (0 of %3)</source>
        <translation>%1 %2 ist nicht im Profil (0 von %3)</translation>
    </message>
    <message>
        <source>%1 unknown (0 of %2)</source>
        <translation>%1 unbekannt (0 von %2)</translation>
    </message>
    <message>
        <source>On target lists: %1</source>
        <translation>Auf Zielkundenlisten: %1</translation>
    </message>
    <message>
        <source>Hidden from the lead list: %1</source>
        <translation>Aus der Lead-Liste ausgeblendet: %1</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder einblenden</translation>
    </message>
    <message>
        <source>Hide this company ▾</source>
        <translation>Dieses Unternehmen ausblenden ▾</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>LinkRouter</name>
    <message>
        <source>This link is for an account that is not signed in here. Sign in to it, then open the link again.</source>
        <translation>Dieser Link gehört zu einem Konto, das hier nicht angemeldet ist. Melden Sie sich bei diesem Konto an und öffnen Sie den Link dann erneut.</translation>
    </message>
    <message>
        <source>The link&apos;s account could not be opened: %1</source>
        <translation>Das Konto des Links konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This cannot be put in a link: %1</source>
        <translation>Dies lässt sich nicht als Link weitergeben: %1</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>Link in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>LiveClient</name>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Sie sind abgemeldet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Could not renew the sign-in for the live connection: %1</source>
        <translation>Die Anmeldung für die Live-Verbindung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>Refusing an unencrypted live connection to %1: only wss:// is allowed, except to this computer.</source>
        <translation>Unverschlüsselte Live-Verbindung zu %1 abgelehnt: Nur wss:// ist erlaubt, außer zu diesem Computer.</translation>
    </message>
    <message>
        <source>The live endpoint “%1” is not a WebSocket (wss://) address.</source>
        <translation>Der Live-Endpunkt „%1“ ist keine WebSocket-Adresse (wss://).</translation>
    </message>
    <message>
        <source>The live connection went silent and did not answer a ping.</source>
        <translation>Die Live-Verbindung ist verstummt und hat nicht auf einen Ping geantwortet.</translation>
    </message>
    <message>
        <source>The server did not complete the live connection&apos;s handshake in time.</source>
        <translation>Der Server hat den Handshake der Live-Verbindung nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The server refused the renewed sign-in for the live connection.</source>
        <translation>Der Server hat die erneuerte Anmeldung für die Live-Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot open the live connection: %1</source>
        <translation>Die Live-Verbindung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The live connection was lost (%1).</source>
        <translation>Die Live-Verbindung wurde unterbrochen (%1).</translation>
    </message>
    <message>
        <source>The live connection was closed (%1 %2).</source>
        <translation>Die Live-Verbindung wurde geschlossen (%1 %2).</translation>
    </message>
    <message>
        <source>Refusing to open the live connection to %1: it is not the server you signed in to (%2).</source>
        <translation>Die Live-Verbindung zu %1 wird nicht geöffnet: Das ist nicht der Server, bei dem Sie angemeldet sind (%2).</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Streaming from the server</source>
        <translation>Live-Übertragung vom Server</translation>
    </message>
    <message>
        <source>From the cache (the live stream is not connected)</source>
        <translation>Aus dem Cache (der Live-Stream ist nicht verbunden)</translation>
    </message>
    <message>
        <source>Visitors, last 5 minutes</source>
        <translation>Besucher, letzte 5 Minuten</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>Page views, last minute</source>
        <translation>Seitenaufrufe, letzte Minute</translation>
    </message>
    <message>
        <source>Page views per second, last two minutes</source>
        <translation>Seitenaufrufe pro Sekunde, letzte zwei Minuten</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Live-Feed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verweisquelle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Unidentified visitor</source>
        <translation>Nicht identifizierter Besucher</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>nicht übermittelt</translation>
    </message>
    <message>
        <source>No live data while offline</source>
        <translation>Keine Live-Daten im Offline-Modus</translation>
    </message>
    <message>
        <source>Waiting for visitors…</source>
        <translation>Warten auf Besucher…</translation>
    </message>
    <message>
        <source>The feed resumes by itself when the connection is back.</source>
        <translation>Der Feed wird automatisch fortgesetzt, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Page views appear here within a second of happening.</source>
        <translation>Seitenaufrufe erscheinen hier innerhalb einer Sekunde.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Miraget — %1</source>
        <translation>Miraget — %1</translation>
    </message>
    <message>
        <source>Miraget</source>
        <translation>Miraget</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Powered by Miraget</source>
        <translation>Powered by Miraget</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MiragetLink</name>
    <message>
        <source>A parameter of the link is not written as name=value.</source>
        <translation>Ein Parameter des Links ist nicht als name=wert geschrieben.</translation>
    </message>
    <message>
        <source>The link has a parameter Miraget does not know.</source>
        <translation>Der Link enthält einen Parameter, den Miraget nicht kennt.</translation>
    </message>
    <message>
        <source>The value of “%1” in the link is not encoded correctly.</source>
        <translation>Der Wert von „%1“ im Link ist nicht korrekt kodiert.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter “%1”.</source>
        <translation>Der Link enthält den unbekannten Parameter „%1“.</translation>
    </message>
    <message>
        <source>The link repeats the parameter “%1”.</source>
        <translation>Der Link wiederholt den Parameter „%1“.</translation>
    </message>
    <message>
        <source>The link&apos;s value for “%1” is not valid.</source>
        <translation>Der Wert für „%1“ im Link ist ungültig.</translation>
    </message>
    <message>
        <source>The link&apos;s range ends before it starts.</source>
        <translation>Der Bereich im Link endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A dashboard link needs both a “from” and a “to” day.</source>
        <translation>Ein Dashboard-Link braucht sowohl einen „from“- als auch einen „to“-Tag.</translation>
    </message>
    <message>
        <source>The link is too long: Miraget links have at most %1 characters.</source>
        <translation>Der Link ist zu lang: Miraget-Links haben höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The link contains control characters.</source>
        <translation>Der Link enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The link contains a character that links cannot contain, such as a space.</source>
        <translation>Der Link enthält ein Zeichen, das in Links nicht vorkommen darf, etwa ein Leerzeichen.</translation>
    </message>
    <message>
        <source>This is not a Miraget link: it must start with miraget://.</source>
        <translation>Dies ist kein Miraget-Link: Er muss mit miraget:// beginnen.</translation>
    </message>
    <message>
        <source>Miraget links have no part after “#”.</source>
        <translation>Miraget-Links haben keinen Teil nach „#“.</translation>
    </message>
    <message>
        <source>The link does not name a valid account.</source>
        <translation>Der Link nennt kein gültiges Konto.</translation>
    </message>
    <message>
        <source>The link does not lead to a lead, a lead list or a dashboard.</source>
        <translation>Der Link führt weder zu einem Lead noch zu einer Lead-Liste oder einem Dashboard.</translation>
    </message>
    <message>
        <source>The link&apos;s path is not valid.</source>
        <translation>Der Pfad des Links ist ungültig.</translation>
    </message>
    <message>
        <source>The lead&apos;s number in the link must be a positive whole number.</source>
        <translation>Die Nummer des Leads im Link muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>A link to a lead takes no parameters.</source>
        <translation>Ein Link zu einem Lead hat keine Parameter.</translation>
    </message>
</context>
<context>
    <name>NetworkClient</name>
    <message>
        <source>Refusing to send over an unencrypted connection to %1; use https.</source>
        <translation>Senden über eine unverschlüsselte Verbindung zu %1 abgelehnt; verwenden Sie https.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>Die Antwort von %1 wurde abgeschnitten: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 hat eine unerwartete Antwort gegeben (%2).</translation>
    </message>
    <message>
        <source>Refusing to send your sign-in to %1: it is not the server you signed in to (%2).</source>
        <translation>Ihre Anmeldung wird nicht an %1 gesendet: Das ist nicht der Server, bei dem Sie angemeldet sind (%2).</translation>
    </message>
    <message>
        <source>%1 sent the request on to another server; Miraget did not follow it.</source>
        <translation>%1 hat die Anfrage an einen anderen Server weitergeleitet; Miraget ist dem nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>NotesCard</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Write a note — who you spoke to, what is next…</source>
        <translation>Notiz schreiben — mit wem Sie gesprochen haben, wie es weitergeht…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>New note (Ctrl+Enter adds it)</source>
        <translation>Neue Notiz (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>The encrypted cache could not be opened: %1</source>
        <translation>Der verschlüsselte Cache konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync; the cached data stays readable.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um zu synchronisieren; die zwischengespeicherten Daten bleiben lesbar.</translation>
    </message>
    <message>
        <source>Offline — showing the data cached at %1. Your changes are kept and sent when the connection is back.</source>
        <translation>Offline — angezeigt werden die zwischengespeicherten Daten (Stand: %1). Ihre Änderungen bleiben erhalten und werden gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Offline — showing the cached data. Your changes are kept and sent when the connection is back.</source>
        <translation>Offline — angezeigt werden die zwischengespeicherten Daten. Ihre Änderungen bleiben erhalten und werden gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>The field “%1” of a lead cannot be edited.</source>
        <translation>Das Feld „%1“ eines Leads kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>A lead&apos;s status must be text.</source>
        <translation>Der Status eines Leads muss Text sein.</translation>
    </message>
    <message>
        <source>A lead&apos;s assignee must be a team member or nobody.</source>
        <translation>Einem Lead kann nur ein Teammitglied oder niemand zugewiesen werden.</translation>
    </message>
    <message>
        <source>A lead&apos;s tags must be a list of words.</source>
        <translation>Die Tags eines Leads müssen eine Liste von Wörtern sein.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Eine Notiz darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short.</source>
        <translation>Die Antwort des Servers wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a web domain.</source>
        <translation>„%1“ ist keine Web-Domain.</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>Die Notiz ist länger als %n Zeichen.</numerusform>
            <numerusform>Die Notiz ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record this edit belongs to could not be created.</source>
        <translation>Der Datensatz, zu dem diese Bearbeitung gehört, konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>OutboxOutcomes</name>
    <message>
        <source>Someone changed this note after you deleted it, so it was kept.</source>
        <translation>Jemand hat diese Notiz geändert, nachdem Sie sie gelöscht hatten; sie wurde daher beibehalten.</translation>
    </message>
    <message>
        <source>Someone changed this on the server while your edit was waiting; their value was kept.</source>
        <translation>Jemand hat dies auf dem Server geändert, während Ihre Bearbeitung wartete; der Wert vom Server wurde beibehalten.</translation>
    </message>
</context>
<context>
    <name>OutboxRows</name>
    <message>
        <source>A local edit of %1 has a value of the wrong type for “%2”.</source>
        <translation>Eine lokale Bearbeitung von %1 hat einen Wert mit falschem Typ für „%2“.</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>This lead is not in the cache.</source>
        <translation>Dieser Lead ist nicht im Cache.</translation>
    </message>
    <message>
        <source>This note is not in the cache.</source>
        <translation>Diese Notiz ist nicht im Cache.</translation>
    </message>
    <message>
        <source>Could not read the local edits: %1</source>
        <translation>Die lokalen Bearbeitungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This company is not hidden.</source>
        <translation>Dieses Unternehmen ist nicht ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>PagePattern</name>
    <message>
        <source>Type a page, such as /pricing.</source>
        <translation>Geben Sie eine Seite ein, etwa /pricing.</translation>
    </message>
    <message>
        <source>A page starts with / (such as /pricing) or is a whole address with https://.</source>
        <translation>Eine Seite beginnt mit / (etwa /pricing) oder ist eine vollständige Adresse mit https://.</translation>
    </message>
    <message>
        <source>Leave out the part after ? or #: it is ignored.</source>
        <translation>Lassen Sie den Teil nach ? oder # weg: Er wird ignoriert.</translation>
    </message>
    <message>
        <source>The page pattern is too long.</source>
        <translation>Das Seitenmuster ist zu lang.</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>A %1 page arrived out of order and was not applied.</source>
        <translation>Eine %1-Seite kam in falscher Reihenfolge an und wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Could not save the %1 page: %2</source>
        <translation>Die %1-Seite konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not save live changes: %1</source>
        <translation>Live-Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The server sent an unreadable %1 document.</source>
        <translation>Der Server hat ein unlesbares %1-Dokument gesendet.</translation>
    </message>
</context>
<context>
    <name>PendingChangeText</name>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>New note: “%1”</source>
        <translation>Neue Notiz: „%1“</translation>
    </message>
    <message>
        <source>Note changed to “%1”</source>
        <translation>Notiz geändert in „%1“</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>Zuweisung aufgehoben</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>tags → %1</source>
        <translation>Tags → %1</translation>
    </message>
    <message>
        <source>%1 — yours: %2 · kept on the server: %3</source>
        <translation>%1 — Ihr Wert: %2 · auf dem Server beibehalten: %3</translation>
    </message>
    <message>
        <source>Hide %1 from the lead list</source>
        <translation>%1 in der Lead-Liste ausblenden</translation>
    </message>
    <message>
        <source>Show %1 in the lead list again</source>
        <translation>%1 wieder in der Lead-Liste einblenden</translation>
    </message>
</context>
<context>
    <name>PendingChangesPopup</name>
    <message>
        <source>Changes not on the server yet</source>
        <translation>Änderungen noch nicht auf dem Server</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Edits made here apply at once and are sent in order, each exactly once. If someone changed the same field on the server first, the server&apos;s value is kept and yours is listed as a conflict.</source>
        <translation>Hier vorgenommene Bearbeitungen gelten sofort und werden der Reihe nach gesendet, jede genau einmal. Hat jemand dasselbe Feld zuvor auf dem Server geändert, wird der Wert des Servers beibehalten und Ihrer als Konflikt aufgeführt.</translation>
    </message>
    <message>
        <source>Everything is on the server</source>
        <translation>Alles ist auf dem Server</translation>
    </message>
    <message>
        <source>No edits are waiting and there are no conflicts.</source>
        <translation>Es warten keine Bearbeitungen und es gibt keine Konflikte.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the conflict on %1</source>
        <translation>Konflikt bei %1 verwerfen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <source>The profile name must not be empty.</source>
        <translation>Der Profilname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The profile name must be at most %1 characters long.</source>
        <translation>Der Profilname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The profile name “%1” may only contain letters A–Z and a–z, digits, “.”, “_” and “-”.</source>
        <translation>Der Profilname „%1“ darf nur die Buchstaben A–Z und a–z, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>The profile name must not be “.” or “..”.</source>
        <translation>Der Profilname darf nicht „.“ oder „..“ sein.</translation>
    </message>
</context>
<context>
    <name>SavedSegmentsModel</name>
    <message>
        <source>Filter the dashboard first: a segment is a set of filters.</source>
        <translation>Filtern Sie zuerst das Dashboard: Ein Segment ist eine Gruppe von Filtern.</translation>
    </message>
    <message>
        <source>Give the segment a name of 1 to 100 characters.</source>
        <translation>Geben Sie dem Segment einen Namen mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>A filter on “(none)” cannot be saved; remove it first.</source>
        <translation>Ein Filter auf „(keine)“ kann nicht gespeichert werden; entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>You have %1 saved segments, the most there can be; delete one first.</source>
        <translation>Sie haben %1 gespeicherte Segmente, das Maximum; löschen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>Segment „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the segment “%1”.</source>
        <translation>Segment „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Your segments were changed elsewhere meanwhile; that list is shown now. Try again.</source>
        <translation>Ihre Segmente wurden inzwischen anderswo geändert; diese Liste wird jetzt angezeigt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Miraget was quitting before the system keychain answered.</source>
        <translation>Miraget wurde beendet, bevor der Systemschlüsselbund geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <source>Filtered by</source>
        <translation>Gefiltert nach</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Keep only these</source>
        <translation>Nur diese behalten</translation>
    </message>
    <message>
        <source>Leave these out</source>
        <translation>Diese auslassen</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The companies behind these visits, in the lead list</source>
        <translation>Die Unternehmen hinter diesen Besuchen, in der Lead-Liste</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Einstiegsseite</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Ausstiegsseite</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verweisquelle</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-Quelle</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-Medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-Kampagne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Screen size</source>
        <translation>Bildschirmgröße</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <extracomment>A dashboard filter chip: &quot;Country is DE&quot;, &quot;Page is not /careers&quot;.</extracomment>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
</context>
<context>
    <name>SegmentsMenu</name>
    <message>
        <source>Segments ▾</source>
        <translation>Segmente ▾</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Noch keine gespeicherten Segmente</translation>
    </message>
    <message>
        <source>Save these filters as…</source>
        <translation>Diese Filter speichern als…</translation>
    </message>
    <message>
        <source>Delete a segment</source>
        <translation>Ein Segment löschen</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Segment speichern</translation>
    </message>
    <message>
        <source>A name for these filters:</source>
        <translation>Ein Name für diese Filter:</translation>
    </message>
    <message>
        <source>LinkedIn readers of pricing</source>
        <translation>LinkedIn-Leser der Preisseite</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Name des Segments</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>Enter the address of your Miraget server, for example https://miraget.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Miraget-Servers ein, zum Beispiel https://miraget.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https://, for example https://%1.</source>
        <translation>Die Serveradresse muss mit https:// beginnen, zum Beispiel https://%1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported: the server address must start with https://.</source>
        <translation>Das Schema „%1“ wird nicht unterstützt: Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>Die Serveradresse hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (the part from “?”).</source>
        <translation>Die Serveradresse darf keine Abfrage enthalten (den Teil ab „?“).</translation>
    </message>
    <message>
        <source>The server address must not contain a fragment (the part from “#”).</source>
        <translation>Die Serveradresse darf kein Fragment enthalten (den Teil ab „#“).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1 or ::1); use https://%1 instead.</source>
        <translation>Einfaches http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1 oder ::1); verwenden Sie stattdessen https://%1.</translation>
    </message>
</context>
<context>
    <name>ServerMetadata</name>
    <message>
        <source>%1 is not a Miraget server (no sign-in metadata: %2).</source>
        <translation>%1 ist kein Miraget-Server (keine Anmelde-Metadaten: %2).</translation>
    </message>
    <message>
        <source>%1 is not a Miraget server.</source>
        <translation>%1 ist kein Miraget-Server.</translation>
    </message>
    <message>
        <source>%1 is not a Miraget server (its sign-in metadata has no Miraget API).</source>
        <translation>%1 ist kein Miraget-Server (seine Anmelde-Metadaten enthalten keine Miraget-API).</translation>
    </message>
    <message>
        <source>The server says it is %1, not %2; refusing to sign in.</source>
        <translation>Der Server gibt an, %1 zu sein, nicht %2; Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 does not offer PKCE (S256); refusing to sign in.</source>
        <translation>%1 bietet kein PKCE (S256) an; Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s metadata points outside %1 (%2); refusing to sign in.</source>
        <translation>Die Metadaten des Servers verweisen außerhalb von %1 (%2); Anmeldung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Sie sind abgemeldet. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save your account&apos;s data</source>
        <translation>Daten Ihres Kontos speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <source>This signs %1 out on the server and deletes the account&apos;s encrypted cache and keys from this computer. Edits not sent yet are lost.</source>
        <translation>Dadurch wird %1 auf dem Server abgemeldet, und der verschlüsselte Cache sowie die Schlüssel des Kontos werden von diesem Computer gelöscht. Noch nicht gesendete Bearbeitungen gehen verloren.</translation>
    </message>
    <message>
        <source>Remove this account from this computer?</source>
        <translation>Dieses Konto von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>The account&apos;s cache key is deleted from the keychain, which makes the cached data unreadable, and then its files are deleted. The server is not contacted: use this when it cannot be reached.</source>
        <translation>Der Cache-Schlüssel des Kontos wird aus dem Schlüsselbund gelöscht, wodurch die zwischengespeicherten Daten unlesbar werden; anschließend werden seine Dateien gelöscht. Der Server wird nicht kontaktiert: Verwenden Sie dies, wenn er nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Server and sync</source>
        <translation>Server und Synchronisierung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Add an account on another server…</source>
        <translation>Konto auf einem anderen Server hinzufügen…</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchronisieren alle</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source>minutes, and whenever the live stream reconnects</source>
        <translation>Minuten sowie bei jeder Wiederverbindung des Live-Streams</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Privacy and data on this computer</source>
        <translation>Datenschutz und Daten auf diesem Computer</translation>
    </message>
    <message>
        <source>The account&apos;s data is kept on this computer in a cache encrypted with a key that only your keychain holds.</source>
        <translation>Die Daten des Kontos werden auf diesem Computer in einem Cache gespeichert, der mit einem Schlüssel verschlüsselt ist, den nur Ihr Schlüsselbund enthält.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: visitor activity older than %n day(s) (your plan&apos;s retention) is removed from this computer after every sync.</source>
        <translation>
            <numerusform>Aufbewahrung: Besucheraktivität, die älter als %n Tag ist (die Aufbewahrungsdauer Ihres Tarifs), wird nach jeder Synchronisierung von diesem Computer entfernt.</numerusform>
            <numerusform>Aufbewahrung: Besucheraktivität, die älter als %n Tage ist (die Aufbewahrungsdauer Ihres Tarifs), wird nach jeder Synchronisierung von diesem Computer entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention follows your plan once the account has synced.</source>
        <translation>Die Aufbewahrung richtet sich nach Ihrem Tarif, sobald das Konto synchronisiert wurde.</translation>
    </message>
    <message>
        <source>Export my account&apos;s data…</source>
        <translation>Daten meines Kontos exportieren…</translation>
    </message>
    <message>
        <source>Owners and admins can export the account&apos;s data.</source>
        <translation>Inhaber und Admins können die Daten des Kontos exportieren.</translation>
    </message>
    <message>
        <source>Account on this computer</source>
        <translation>Konto auf diesem Computer</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Remove account and its data…</source>
        <translation>Konto und seine Daten entfernen…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Miraget Desktop %1</source>
        <translation>Miraget Desktop %1</translation>
    </message>
    <message>
        <source>Powered by Miraget</source>
        <translation>Powered by Miraget</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Qt %1 · SQLCipher, QtKeychain: see NOTICE for licences</source>
        <translation>Qt %1 · SQLCipher, QtKeychain: Lizenzen siehe NOTICE</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Problem melden…</translation>
    </message>
    <message>
        <source>Copies versions, the server and recent sync errors to the clipboard; no tokens and no lead data</source>
        <translation>Kopiert Versionen, den Server und die letzten Synchronisierungsfehler in die Zwischenablage; keine Tokens und keine Lead-Daten</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. Paste them into your message to support@miraget.com.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert. Fügen Sie sie in Ihre Nachricht an support@miraget.com ein.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Switch screens</source>
        <translation>Bereich wechseln</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back from a lead; close a dialog</source>
        <translation>Zurück zur Lead-Liste; Dialog schließen</translation>
    </message>
    <message>
        <source>F1, Alt+H</source>
        <translation>F1, Alt+H</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>Hilfemenü</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous control; a list is one stop</source>
        <translation>Nächstes oder vorheriges Element; eine Liste ist ein Halt</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>Previous or next screen in the sidebar; row in a list</source>
        <translation>Vorherige oder nächste Ansicht in der Seitenleiste; Zeile in einer Liste</translation>
    </message>
    <message>
        <source>Page Up/Down, Home, End</source>
        <translation>Bild auf/ab, Pos1, Ende</translation>
    </message>
    <message>
        <source>Move through the lead list</source>
        <translation>Durch die Lead-Liste blättern</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the lead of the current row</source>
        <translation>Den Lead der aktuellen Zeile öffnen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Select the current lead for a bulk edit</source>
        <translation>Den aktuellen Lead für eine Sammelbearbeitung auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Add the note being written</source>
        <translation>Die gerade geschriebene Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9, Ctrl+0</source>
        <translation>Strg+1 … Strg+9, Strg+0</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Powered by Miraget</source>
        <translation>Powered by Miraget</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new hot lead(s)</source>
        <translation>
            <numerusform>%n neuer heißer Lead</numerusform>
            <numerusform>%n neue heiße Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since you last looked</source>
        <translation>
            <numerusform>%n Änderung, seit Sie zuletzt nachgesehen haben</numerusform>
            <numerusform>%n Änderungen, seit Sie zuletzt nachgesehen haben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Contacting the server…</source>
        <translation>Server wird kontaktiert…</translation>
    </message>
    <message>
        <source>Continue in your browser. This window updates when you are done.</source>
        <translation>Fahren Sie im Browser fort. Dieses Fenster wird aktualisiert, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmelden nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message numerus="yes">
        <source>Sign-in timed out: no answer came back from the browser within %n second(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Innerhalb von %n Sekunde kam keine Antwort vom Browser.</numerusform>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Innerhalb von %n Sekunden kam keine Antwort vom Browser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in answer.</source>
        <translation>Es konnte kein lokaler Port geöffnet werden, um die Antwort der Anmeldung zu empfangen.</translation>
    </message>
    <message>
        <source>Signed in — you can close this tab and return to Miraget.</source>
        <translation>Angemeldet — Sie können diesen Tab schließen und zu Miraget zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1 You can close this tab.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1 Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Miraget</source>
        <translation>Bei Miraget anmelden</translation>
    </message>
    <message>
        <source>Your browser opens to sign you in; your password never passes through this app.</source>
        <translation>Zur Anmeldung öffnet sich Ihr Browser; Ihr Passwort läuft nie über diese App.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Miraget server address</source>
        <translation>Adresse des Miraget-Servers</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Recently used servers</source>
        <translation>Zuletzt verwendete Server</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Enter your company&apos;s Miraget address, e.g. https://miraget.example.com.</source>
        <translation>Geben Sie die Miraget-Adresse Ihres Unternehmens ein, z. B. https://miraget.example.com.</translation>
    </message>
    <message>
        <source>HTTPS · encrypted</source>
        <translation>HTTPS · verschlüsselt</translation>
    </message>
    <message>
        <source>HTTP · not encrypted</source>
        <translation>HTTP · nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Loopback · this computer only</source>
        <translation>Loopback · nur dieser Computer</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Entfernter Host</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Mit Browser anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>After signing in, paste the address the browser shows (it starts with http://127.0.0.1):</source>
        <translation>Fügen Sie nach der Anmeldung die Adresse ein, die der Browser anzeigt (sie beginnt mit http://127.0.0.1):</translation>
    </message>
    <message>
        <source>Address after sign-in</source>
        <translation>Adresse nach der Anmeldung</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>SignedInAccounts</name>
    <message>
        <source>The server did not say who signed in.</source>
        <translation>Der Server hat nicht mitgeteilt, wer sich angemeldet hat.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused the tokens: %1</source>
        <translation>Angemeldet, aber der Schlüsselbund hat die Tokens abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in, but the encrypted cache could not be created: %1</source>
        <translation>Angemeldet, aber der verschlüsselte Cache konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>SinceLastLookModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>New lead, score %1</source>
        <translation>Neuer Lead, Score %1</translation>
    </message>
    <message>
        <source>Score %1 → %2: now hot</source>
        <translation>Score %1 → %2: jetzt heiß</translation>
    </message>
    <message>
        <source>First visit of a target account</source>
        <translation>Erster Besuch eines Zielkunden</translation>
    </message>
    <message>
        <source>A target account came back</source>
        <translation>Ein Zielkunde ist wiedergekommen</translation>
    </message>
    <message>
        <source>First visit · on “%1”</source>
        <translation>Erster Besuch · auf „%1“</translation>
    </message>
    <message>
        <source>Came back · on “%1”</source>
        <translation>Wiedergekommen · auf „%1“</translation>
    </message>
    <message>
        <source>Score %1 → %2 (+%3)</source>
        <translation>Score %1 → %2 (+%3)</translation>
    </message>
    <message>
        <source>New lead, assigned to you</source>
        <translation>Neuer Lead, Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to you (was unassigned)</source>
        <translation>Ihnen zugewiesen (vorher niemandem)</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to you (was %1)</source>
        <translation>Ihnen zugewiesen (vorher %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>Ein Teammitglied</translation>
    </message>
    <message>
        <source>Could not mark the changes seen: %1</source>
        <translation>Die Änderungen konnten nicht als gesehen markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>SinceLastLookPage</name>
    <message>
        <source>Since you last looked</source>
        <translation>Seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>New hot leads</source>
        <translation>Neue heiße Leads</translation>
    </message>
    <message>
        <source>Target accounts that visited</source>
        <translation>Zielkunden, die die Website besucht haben</translation>
    </message>
    <message>
        <source>Scores up by 20 or more</source>
        <translation>Score um 20 oder mehr gestiegen</translation>
    </message>
    <message>
        <source>Newly assigned to you</source>
        <translation>Neu Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>Teammates&apos; notes on your leads</source>
        <translation>Notizen Ihres Teams zu Ihren Leads</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Was sich seit %1 geändert hat</translation>
    </message>
    <message>
        <source>Changes are collected once the first sync has finished</source>
        <translation>Änderungen werden gesammelt, sobald die erste Synchronisierung abgeschlossen ist</translation>
    </message>
    <message>
        <source>Mark all seen</source>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <source>Start again from now: what is listed here counts as seen</source>
        <translation>Ab jetzt neu beginnen: Alles, was hier steht, gilt als gesehen</translation>
    </message>
    <message>
        <source>Changes since you last looked</source>
        <translation>Änderungen seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>%1 — show them in Leads</source>
        <translation>%1 – in Leads anzeigen</translation>
    </message>
    <message>
        <source>What changed could not be read</source>
        <translation>Die Änderungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing collected yet</source>
        <translation>Noch nichts gesammelt</translation>
    </message>
    <message>
        <source>Nothing new in the cache</source>
        <translation>Nichts Neues im Cache</translation>
    </message>
    <message>
        <source>Nothing new since you last looked</source>
        <translation>Nichts Neues seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>Connect once to sync the account; from then on, what changes is collected here, offline too.</source>
        <translation>Verbinden Sie sich einmal, um das Konto zu synchronisieren; danach wird hier gesammelt, was sich ändert – auch offline.</translation>
    </message>
    <message>
        <source>Once the first sync has finished, new hot leads, returning target accounts, rising scores, leads assigned to you and teammates&apos; notes show up here.</source>
        <translation>Sobald die erste Synchronisierung abgeschlossen ist, erscheinen hier neue heiße Leads, wiederkehrende Zielkunden, gestiegene Scores, Ihnen zugewiesene Leads und Notizen Ihres Teams.</translation>
    </message>
    <message>
        <source>You are offline: what happened since %1 shows up here once the connection is back.</source>
        <translation>Sie sind offline: Was seit %1 geschehen ist, erscheint hier, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>New hot leads, returning target accounts, rising scores, leads assigned to you and teammates&apos; notes show up here.</source>
        <translation>Hier erscheinen neue heiße Leads, wiederkehrende Zielkunden, gestiegene Scores, Ihnen zugewiesene Leads und Notizen Ihres Teams.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Miraget is already running for profile “%1”; its window has been brought to the front.</source>
        <translation>Miraget läuft bereits für das Profil „%1“; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>SqlDatabase</name>
    <message>
        <source>The cache key is missing or damaged (expected %1 bytes); the cache was not opened.</source>
        <translation>Der Cache-Schlüssel fehlt oder ist beschädigt (erwartet: %1 Bytes); der Cache wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is no cache at %1.</source>
        <translation>Unter %1 gibt es keinen Cache.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be decrypted with this account&apos;s key (wrong key, or not a Miraget cache). It was left untouched.</source>
        <translation>Der Cache %1 kann mit dem Schlüssel dieses Kontos nicht entschlüsselt werden (falscher Schlüssel oder kein Miraget-Cache). Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot apply the cache key: %1</source>
        <translation>Der Cache-Schlüssel kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation>%1 ist keine lesbare Datenbank: %2</translation>
    </message>
    <message>
        <source>Cannot configure the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2. It was left untouched.</source>
        <translation>Der Cache %1 kann nicht gelesen werden: %2. Er wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>StartupSettingsCard</name>
    <message>
        <source>Startup</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <source>Start Miraget when I sign in to this computer</source>
        <translation>Miraget starten, wenn ich mich an diesem Computer anmelde</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Minimiert starten</translation>
    </message>
    <message>
        <source>Miraget then opens in the system tray, or minimised when there is no tray, and keeps syncing. Starting at sign-in always works this way.</source>
        <translation>Miraget öffnet sich dann im Infobereich (oder minimiert, wenn es keinen gibt) und synchronisiert weiter. Beim Start nach der Anmeldung geschieht das immer so.</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>Der Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n Lead nach %1 exportiert.</numerusform>
            <numerusform>%n Leads nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync was stopped.</source>
        <translation>Die Synchronisierung wurde angehalten.</translation>
    </message>
    <message>
        <source>Could not write to the cache: %1</source>
        <translation>In den Cache konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not remove expired events from the cache: %1</source>
        <translation>Abgelaufene Ereignisse konnten nicht aus dem Cache entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not build the cache&apos;s indexes: %1</source>
        <translation>Die Indizes des Caches konnten nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server sent an unreadable %1 page: %2</source>
        <translation>Der Server hat eine unlesbare %1-Seite gesendet: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it is for “%1”</source>
        <translation>sie ist für „%1“</translation>
    </message>
    <message>
        <source>items, deleted, next_cursor or has_more missing</source>
        <translation>items, deleted, next_cursor oder has_more fehlt</translation>
    </message>
    <message>
        <source>an item is not an object</source>
        <translation>ein Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>a deleted id is not a number</source>
        <translation>eine gelöschte ID ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>CRM sync runs</source>
        <translation>CRM-Synchronisierungen</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>page views</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Syncing account…</source>
        <translation>Konto wird synchronisiert …</translation>
    </message>
    <message>
        <source>Preparing %1: building indexes (%2 of %3)…</source>
        <translation>Vorbereitung (%1): Indizes werden erstellt (%2 von %3) …</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>Synchronisierung (%1): %2 von %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Synchronisierung (%1): %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden companies</source>
        <translation>ausgeblendete Unternehmen</translation>
    </message>
    <message>
        <source>target lists</source>
        <translation>Zielkundenlisten</translation>
    </message>
    <message>
        <source>target accounts</source>
        <translation>Zielkunden</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>funnels</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>Anmerkungen</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Offline — working from the cache; retrying by itself</source>
        <translation>Offline — Arbeit mit dem Cache; neuer Versuch erfolgt automatisch</translation>
    </message>
    <message>
        <source>Server trouble — retrying: %1</source>
        <translation>Serverprobleme — neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed out — please sign in again</source>
        <translation>Abgemeldet — bitte melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Up to date · synced at %1</source>
        <translation>Aktuell · synchronisiert um %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Activity has arrived; the cache is preparing it (%1 of %2).</source>
        <translation>Die Aktivität ist angekommen; der Cache bereitet sie vor (%1 von %2).</translation>
    </message>
    <message>
        <source>Activity is still syncing: %1 of %2 %3 so far. The charts show what has arrived.</source>
        <translation>Die Aktivität wird noch synchronisiert: bisher %1 von %2 %3. Die Diagramme zeigen, was angekommen ist.</translation>
    </message>
</context>
<context>
    <name>TargetAccountsModel</name>
    <message>
        <source>Removed from the list.</source>
        <translation>Aus der Liste entfernt.</translation>
    </message>
</context>
<context>
    <name>TargetListsModel</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als 32 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Only an owner or an admin may import target lists.</source>
        <translation>Nur ein Inhaber oder Admin darf Zielkundenlisten importieren.</translation>
    </message>
    <message>
        <source>The account was closed during the import.</source>
        <translation>Das Konto wurde während des Imports geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added to the list</source>
        <translation>
            <numerusform>%n Zielkunde zur Liste hinzugefügt</numerusform>
            <numerusform>%n Zielkunden zur Liste hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already on it).</source>
        <translation>
            <numerusform>(%n war bereits enthalten).</numerusform>
            <numerusform>(%n waren bereits enthalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were added before the import stopped: </source>
        <translation>
            <numerusform>%n Zielkunde wurde hinzugefügt, bevor der Import abbrach: </numerusform>
            <numerusform>%n Zielkunden wurden hinzugefügt, bevor der Import abbrach: </numerusform>
        </translation>
    </message>
    <message>
        <source>List deleted.</source>
        <translation>Liste gelöscht.</translation>
    </message>
</context>
<context>
    <name>TargetListsPage</name>
    <message>
        <source>Target lists</source>
        <translation>Zielkundenlisten</translation>
    </message>
    <message>
        <source>Import target accounts from a CSV file</source>
        <translation>Zielkunden aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import target accounts</source>
        <translation>Zielkunden importieren</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) to import</source>
        <translation>
            <numerusform>%1: %n Zielkunde zu importieren</numerusform>
            <numerusform>%1: %n Zielkunden zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) merged</source>
        <translation>
            <numerusform>%n Duplikat zusammengeführt</numerusform>
            <numerusform>%n Duplikate zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and will be left out:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wird ausgelassen:</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>A new list</source>
        <translation>Eine neue Liste</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importieren in</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>Name der neuen Liste</translation>
    </message>
    <message>
        <source>Importing… %1</source>
        <translation>Wird importiert… %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Zielkunde</numerusform>
            <numerusform>%n Zielkunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 visited</source>
        <translation>%1 besucht</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen…</translation>
    </message>
    <message>
        <source>No target lists yet</source>
        <translation>Noch keine Zielkundenlisten</translation>
    </message>
    <message>
        <source>Import a CSV of the companies you want to win.</source>
        <translation>Importieren Sie eine CSV-Datei mit den Unternehmen, die Sie gewinnen möchten.</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Nie besucht</translation>
    </message>
    <message>
        <source>Show their leads</source>
        <translation>Leads der Liste anzeigen</translation>
    </message>
    <message>
        <source>Alert me when they return</source>
        <translation>Benachrichtigen, wenn sie wiederkommen</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Fit %1</source>
        <translation>Fit %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>visited %1</source>
        <translation>besucht %1</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>nie besucht</translation>
    </message>
    <message>
        <source>Accounts on this list</source>
        <translation>Zielkunden auf dieser Liste</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Role changed.</source>
        <translation>Rolle geändert.</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>Note on %1: %2</source>
        <translation>Notiz am %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>The server&apos;s token answer was incomplete.</source>
        <translation>Die Token-Antwort des Servers war unvollständig.</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen (%1). Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Miraget</source>
        <translation>Miraget</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Synchronisierungsstatus: %1</translation>
    </message>
    <message>
        <source>· live</source>
        <translation>· live</translation>
    </message>
    <message>
        <source>Sync now (Ctrl+R)</source>
        <translation>Jetzt synchronisieren (Strg+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n zu senden</numerusform>
            <numerusform>%n zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not on the server yet: %1</source>
        <translation>Änderungen noch nicht auf dem Server: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Account: %1. Switch account</source>
        <translation>Konto: %1. Konto wechseln</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Quit Miraget</source>
        <translation>Miraget beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n new hot lead(s)</source>
        <translation>
            <numerusform>%n neuer heißer Lead</numerusform>
            <numerusform>%n neue heiße Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Miraget</source>
        <translation>Miraget öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Hot leads</source>
        <translation>Heiße Leads</translation>
    </message>
</context>
<context>
    <name>VisitAnalytics</name>
    <message>
        <source>Companies behind the dashboard&apos;s visits</source>
        <translation>Unternehmen hinter den Besuchen im Dashboard</translation>
    </message>
    <message>
        <source>Companies that reached the goal “%1”</source>
        <translation>Unternehmen, die das Ziel „%1“ erreicht haben</translation>
    </message>
    <message>
        <source>Companies that reached step %1 (%2) of the funnel “%3”</source>
        <translation>Unternehmen, die Schritt %1 (%2) des Trichters „%3“ erreicht haben</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>Goal “%1”: %2</source>
        <translation>Ziel „%1“: %2</translation>
    </message>
    <message>
        <source>Goal “%1” (%2) matches no page visited in this period.</source>
        <translation>Ziel „%1“ (%2) trifft auf keine in diesem Zeitraum besuchte Seite zu.</translation>
    </message>
    <message>
        <source>Goal “%1” (%2) matches every page, so every visit converts.</source>
        <translation>Ziel „%1“ (%2) trifft auf jede Seite zu, also konvertiert jeder Besuch.</translation>
    </message>
    <message>
        <source>No visits to compare with between %1 and %2.</source>
        <translation>Zwischen %1 und %2 gibt es keine Besuche zum Vergleich.</translation>
    </message>
</context>
<context>
    <name>VisitSelection</name>
    <message>
        <source>“%1” is not a page pattern: %2</source>
        <translation>„%1“ ist kein Seitenmuster: %2</translation>
    </message>
</context>
<context>
    <name>VisitTimelineCard</name>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>Reading visits…</source>
        <translation>Besuche werden gelesen…</translation>
    </message>
    <message>
        <source>No visits recorded.</source>
        <translation>Keine Besuche aufgezeichnet.</translation>
    </message>
    <message>
        <source>Show older visits</source>
        <translation>Ältere Besuche anzeigen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved your account&apos;s data to %1.</source>
        <translation>Daten Ihres Kontos in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>apicall</name>
    <message>
        <source>You are offline or the server cannot be reached: %1</source>
        <translation>Sie sind offline oder der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>migrations</name>
    <message>
        <source>The cache was written by a newer Miraget (schema %1; this version knows %2). It was left untouched; update Miraget to use it.</source>
        <translation>Der Cache wurde von einer neueren Miraget-Version geschrieben (Schema %1; diese Version kennt %2). Er wurde nicht verändert; aktualisieren Sie Miraget, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 (%2) failed: %3</source>
        <translation>Die Aktualisierung des Caches auf Schema %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>sessionloader</name>
    <message>
        <source>Not signed in: please sign in again.</source>
        <translation>Nicht angemeldet: Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>targetcsv</name>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als 32 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>No column of domains was found. Name it “Domain” or “Website” in the first row, or put the domains in the first column.</source>
        <translation>Es wurde keine Spalte mit Domains gefunden. Nennen Sie sie in der ersten Zeile „Domain“ oder „Website“, oder tragen Sie die Domains in die erste Spalte ein.</translation>
    </message>
    <message>
        <source>No domain on this row.</source>
        <translation>Keine Domain in dieser Zeile.</translation>
    </message>
    <message>
        <source>The domain cell is a spreadsheet formula, not a domain.</source>
        <translation>Die Domain-Zelle enthält eine Tabellenformel, keine Domain.</translation>
    </message>
    <message>
        <source>“%1” is not a web domain.</source>
        <translation>„%1“ ist keine Web-Domain.</translation>
    </message>
    <message>
        <source>The name is a spreadsheet formula; it was left out.</source>
        <translation>Der Name ist eine Tabellenformel; er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>No row of the file holds a domain that could be read.</source>
        <translation>Keine Zeile der Datei enthält eine lesbare Domain.</translation>
    </message>
</context>
</TS>
