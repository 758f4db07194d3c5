<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Miraget</source>
        <translation>À propos de Miraget</translation>
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
        <translation>Conçu avec Qt %1</translation>
    </message>
    <message>
        <source>Miraget Desktop is proprietary software. © Miraget. All rights reserved.</source>
        <translation>Miraget Desktop est un logiciel propriétaire. © Miraget. Tous droits réservés.</translation>
    </message>
    <message>
        <source>Third-party components: Qt (GNU LGPL v3; Qt Charts and Qt HTTP Server GNU GPL v3), SQLCipher (BSD-style licence, includes the public-domain SQLite), QtKeychain (BSD 3-Clause), OpenSSL (Apache License 2.0). Their licence texts come with the operating system&apos;s packages.</source>
        <translation>Composants tiers : Qt (GNU LGPL v3 ; Qt Charts et Qt HTTP Server sous GNU GPL v3), SQLCipher (licence de type BSD, inclut SQLite, du domaine public), QtKeychain (BSD 3-Clause), OpenSSL (Apache License 2.0). Leurs textes de licence sont fournis avec les paquets du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Conditions d&apos;utilisation</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Continue in your browser. If it did not open, visit:</source>
        <translation>Continuez dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, rendez-vous à l&apos;adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address, sign in, then paste the address the browser ends on (it starts with http://127.0.0.1) here:</source>
        <translation>Impossible d&apos;ouvrir un navigateur. Ouvrez cette adresse, connectez-vous, puis collez ici l&apos;adresse sur laquelle le navigateur s&apos;arrête (elle commence par http://127.0.0.1)&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3 on %4.</source>
        <translation>Connecté en tant que %1 (%2) à %3 sur %4.</translation>
    </message>
    <message>
        <source>Not signed in (profile “%1”). Use --login.</source>
        <translation>Non connecté (profil «&#xa0;%1&#xa0;»). Utilisez --login.</translation>
    </message>
    <message>
        <source>Not signed in: no credentials for %1 in the keychain. Use --login.</source>
        <translation>Non connecté&#xa0;: aucun identifiant pour %1 dans le trousseau. Utilisez --login.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again (--login).</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter (--login).</translation>
    </message>
    <message>
        <source>Signed out here, but the server could not confirm the revocation: %1</source>
        <translation>Déconnecté ici, mais le serveur n&apos;a pas pu confirmer la révocation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out %1 from %2.</source>
        <translation>%1 déconnecté de %2.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Conservation des données</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>%1 of %2 people tracked</source>
        <translation>%1 personnes suivies sur %2</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Déconnecté ici&#xa0;; le serveur n&apos;a pas pu être prévenu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>A lead score is between 1 and 100.</source>
        <translation>Le score d&apos;un prospect est compris entre 1 et 100.</translation>
    </message>
    <message>
        <source>Name at least one company or domain to watch.</source>
        <translation>Indiquez au moins une entreprise ou un domaine à surveiller.</translation>
    </message>
    <message>
        <source>The change is between 10 % and 1000 %.</source>
        <translation>La variation doit être comprise entre 10 % et 1000 %.</translation>
    </message>
    <message>
        <source>Compare between 1 and 24 hours.</source>
        <translation>Comparez sur une durée de 1 à 24 heures.</translation>
    </message>
    <message>
        <source>The quiet period is at most a week.</source>
        <translation>La période de silence ne peut pas dépasser une semaine.</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Add an alert</source>
        <translation>Ajouter une alerte</translation>
    </message>
    <message>
        <source>Tell me when</source>
        <translation>M&apos;avertir quand</translation>
    </message>
    <message>
        <source>a lead becomes hot</source>
        <translation>un prospect devient chaud</translation>
    </message>
    <message>
        <source>a watched company returns</source>
        <translation>une entreprise surveillée revient</translation>
    </message>
    <message>
        <source>someone visits a page</source>
        <translation>quelqu&apos;un visite une page</translation>
    </message>
    <message>
        <source>traffic spikes or drops</source>
        <translation>le trafic connaît un pic ou une chute</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>One name or domain per line, e.g. acme.com</source>
        <translation>Un nom ou un domaine par ligne, p. ex. acme.com</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>/pricing, /blog/*, or a whole address</source>
        <translation>/pricing, /blog/* ou une adresse complète</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>a spike or a drop</source>
        <translation>un pic ou une chute</translation>
    </message>
    <message>
        <source>a spike</source>
        <translation>un pic</translation>
    </message>
    <message>
        <source>a drop</source>
        <translation>une chute</translation>
    </message>
    <message>
        <source>Change of at least (%)</source>
        <translation>Variation d&apos;au moins (%)</translation>
    </message>
    <message>
        <source>Over the last hours</source>
        <translation>Sur les dernières heures</translation>
    </message>
    <message>
        <source>At least page views</source>
        <translation>Pages vues, au minimum</translation>
    </message>
    <message>
        <source>Then quiet for (hours)</source>
        <translation>Puis silence pendant (heures)</translation>
    </message>
    <message>
        <source>Compared with the same hours one week earlier, as soon as the page views are in.</source>
        <translation>Comparaison avec les mêmes heures une semaine plus tôt, dès que les pages vues sont disponibles.</translation>
    </message>
    <message>
        <source>Only what happens from now on counts; each lead or visit is notified once.</source>
        <translation>Seuls les événements à venir comptent ; chaque prospect ou visite n&apos;est notifié qu&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>AlertRulesCard</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>A lead reaches score %1</source>
        <translation>Un prospect atteint le score %1</translation>
    </message>
    <message>
        <source>A watched company visits again: %1</source>
        <translation>Une entreprise surveillée revient : %1</translation>
    </message>
    <message>
        <source>A visit to %1</source>
        <translation>Une visite sur %1</translation>
    </message>
    <message>
        <source>Traffic rises by %1 %</source>
        <translation>Le trafic augmente de %1 %</translation>
    </message>
    <message>
        <source>Traffic falls by %1 %</source>
        <translation>Le trafic baisse de %1 %</translation>
    </message>
    <message>
        <source>Traffic rises or falls by %1 %</source>
        <translation>Le trafic augmente ou baisse de %1 %</translation>
    </message>
    <message numerus="yes">
        <source>against the same %n hour(s) a week before</source>
        <translation>
            <numerusform>par rapport à la même période de %n heure une semaine plus tôt</numerusform>
            <numerusform>par rapport à la même période de %n heures une semaine plus tôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %n time(s), last %1</source>
        <translation>
            <numerusform>Déclenchée %n fois, dernière : %1</numerusform>
            <numerusform>Déclenchée %n fois, dernière : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not fired yet</source>
        <translation>Pas encore déclenchée</translation>
    </message>
    <message numerus="yes">
        <source>quiet for %n minute(s) after an alert</source>
        <translation>
            <numerusform>silence de %n minute après une alerte</numerusform>
            <numerusform>silence de %n minutes après une alerte</numerusform>
        </translation>
    </message>
    <message>
        <source>Miraget tells you on the desktop, also while its window is closed. Each event is notified once, including what happened while this computer was offline.</source>
        <translation>Miraget vous avertit sur le bureau, même lorsque sa fenêtre est fermée. Chaque événement n&apos;est notifié qu&apos;une fois, y compris ceux survenus pendant que cet ordinateur était hors ligne.</translation>
    </message>
    <message>
        <source>Remove this alert</source>
        <translation>Supprimer cette alerte</translation>
    </message>
    <message>
        <source>No alerts yet.</source>
        <translation>Aucune alerte pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add an alert…</source>
        <translation>Ajouter une alerte…</translation>
    </message>
    <message>
        <source>A company on the target list “%1” visits again</source>
        <translation>Une entreprise de la liste cible «&#xa0;%1&#xa0;» revient</translation>
    </message>
</context>
<context>
    <name>AlertRulesModel</name>
    <message>
        <source>Choose what the alert waits for.</source>
        <translation>Choisissez ce que l&apos;alerte doit surveiller.</translation>
    </message>
    <message>
        <source>Alert added.</source>
        <translation>Alerte ajoutée.</translation>
    </message>
    <message>
        <source>Alert on.</source>
        <translation>Alerte activée.</translation>
    </message>
    <message>
        <source>Alert off.</source>
        <translation>Alerte désactivée.</translation>
    </message>
    <message>
        <source>Alert removed.</source>
        <translation>Alerte supprimée.</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Aucun compte n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Could not save the alert: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;alerte : %1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Target lists</source>
        <translation>Listes cibles</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every action on the account, who did it and when</source>
        <translation>Chaque action sur le compte, qui l&apos;a effectuée et quand</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <source>Who (email)</source>
        <translation>Qui (adresse e-mail)</translation>
    </message>
    <message>
        <source>Filter by who did it</source>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <source>Words in the action or its details</source>
        <translation>Mots dans l&apos;action ou ses détails</translation>
    </message>
    <message>
        <source>Filter by words</source>
        <translation>Filtrer par mots</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Du AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>Au AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>No entries match</source>
        <translation>Aucune entrée ne correspond</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequest</name>
    <message>
        <source>The answer from the browser does not belong to this sign-in (state mismatch); it was ignored. Start the sign-in again.</source>
        <translation>La réponse du navigateur ne correspond pas à cette connexion (state différent)&#xa0;; elle a été ignorée. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation>L&apos;accès a été refusé dans le navigateur.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The browser&apos;s answer had no authorization code.</source>
        <translation>La réponse du navigateur ne contenait pas de code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>That is not the address the sign-in redirected to (expected %1…).</source>
        <translation>Ce n&apos;est pas l&apos;adresse vers laquelle la connexion a redirigé (attendu&#xa0;: %1…).</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Windows did not accept the change to the programs started at sign-in.</source>
        <translation>Windows n&apos;a pas accepté la modification des programmes lancés à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Starting at sign-in is not supported on this system yet.</source>
        <translation>Le lancement à l&apos;ouverture de session n&apos;est pas encore pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BillingModel</name>
    <message>
        <source>Your plan has been changed.</source>
        <translation>Votre forfait a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled: the plan stays active until the end of the period and does not renew.</source>
        <translation>Résilié&#xa0;: le forfait reste actif jusqu&apos;à la fin de la période et ne sera pas renouvelé.</translation>
    </message>
    <message>
        <source>Resumed: the plan renews at the end of the period.</source>
        <translation>Repris&#xa0;: le forfait sera renouvelé à la fin de la période.</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Enregistrer la facture</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Change your plan?</source>
        <translation>Changer de forfait&#xa0;?</translation>
    </message>
    <message>
        <source>From %1 (%2) to %3 (%4). You pay %5 now; the plan then renews on %6 at %7.</source>
        <translation>De %1 (%2) à %3 (%4). Vous payez %5 maintenant&#xa0;; le forfait sera ensuite renouvelé le %6 au prix de %7.</translation>
    </message>
    <message>
        <source>Cancel the subscription?</source>
        <translation>Résilier l&apos;abonnement&#xa0;?</translation>
    </message>
    <message>
        <source>Your plan stays active until %1 and then ends: it will not renew and you will not be charged again. You can resume before then.</source>
        <translation>Votre forfait reste actif jusqu&apos;au %1, puis prend fin&#xa0;: il ne sera pas renouvelé et vous ne serez plus facturé. Vous pouvez le reprendre d&apos;ici là.</translation>
    </message>
    <message>
        <source>Plan, usage and invoices</source>
        <translation>Forfait, utilisation et factures</translation>
    </message>
    <message>
        <source>Billing is for owners and billing admins</source>
        <translation>La facturation est réservée aux propriétaires et aux administrateurs de la facturation</translation>
    </message>
    <message>
        <source>Billing has not been synced yet</source>
        <translation>La facturation n&apos;a pas encore été synchronisée</translation>
    </message>
    <message>
        <source>Reading the subscription…</source>
        <translation>Lecture de l&apos;abonnement…</translation>
    </message>
    <message>
        <source>Connect once to see your plan.</source>
        <translation>Connectez-vous une fois pour voir votre forfait.</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Votre forfait</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Période d&apos;essai&#xa0;: %n jour restant</numerusform>
            <numerusform>Période d&apos;essai&#xa0;: %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: active until %1, then it ends and does not renew.</source>
        <translation>Résilié&#xa0;: actif jusqu&apos;au %1, puis il prend fin et ne sera pas renouvelé.</translation>
    </message>
    <message>
        <source>Renews on %1.</source>
        <translation>Renouvellement le %1.</translation>
    </message>
    <message>
        <source>Cancel subscription…</source>
        <translation>Résilier l&apos;abonnement…</translation>
    </message>
    <message>
        <source>Resume subscription</source>
        <translation>Reprendre l&apos;abonnement</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Change plan or billing cycle</source>
        <translation>Changer de forfait ou de cycle de facturation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <source>Preview price</source>
        <translation>Prévisualiser le prix</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Changer de forfait…</translation>
    </message>
    <message>
        <source>Credit for the rest of this period: %1 · due now: %2 · then %3 from %4</source>
        <translation>Crédit pour le reste de cette période&#xa0;: %1 · à payer maintenant&#xa0;: %2 · puis %3 à partir du %4</translation>
    </message>
    <message>
        <source>Plan changes need a connection to the server.</source>
        <translation>Les changements de forfait nécessitent une connexion au serveur.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Download invoice %1 as PDF</source>
        <translation>Télécharger la facture %1 au format PDF</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Aucune facture pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>BreakdownCard</name>
    <message>
        <source>Not shared</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No page views in this range</source>
        <translation>Aucune page vue sur cette période</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer sur %1</translation>
    </message>
    <message>
        <source>Show only visits with %1</source>
        <translation>N’afficher que les visites avec %1</translation>
    </message>
</context>
<context>
    <name>CacheFiles</name>
    <message>
        <source>This account&apos;s cache key is not in the keychain; sign in again to rebuild the cache.</source>
        <translation>La clé de cache de ce compte n&apos;est pas dans le trousseau&#xa0;; reconnectez-vous pour reconstruire le cache.</translation>
    </message>
    <message>
        <source>Could not create the cache %1.</source>
        <translation>Impossible de créer le cache %1.</translation>
    </message>
</context>
<context>
    <name>CachedCollection</name>
    <message>
        <source>Field “%1” of a %2 item has the wrong type.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» d&apos;un élément %2 a un type incorrect.</translation>
    </message>
    <message>
        <source>A %1 item has no seq.</source>
        <translation>Un élément %1 n&apos;a pas de seq.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Miraget server to use, e.g. https://miraget.example.com (plain http only for this computer).</source>
        <translation>Serveur Miraget à utiliser, p. ex. https://miraget.example.com (http simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Profile to use; each profile has its own sign-in, cache and settings.</source>
        <translation>Profil à utiliser&#xa0;; chaque profil a sa propre connexion, son propre cache et ses propres paramètres.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Seconds --login waits for the browser (default 300).</source>
        <translation>Secondes pendant lesquelles --login attend le navigateur (300 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Write the cached leads to FILE as CSV (UTF-8, RFC 4180) and exit; works offline.</source>
        <translation>Écrire les prospects en cache dans FICHIER au format CSV (UTF-8, RFC 4180) et quitter&#xa0;; fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Miraget Desktop: your leads and visitor activity, online and offline.</source>
        <translation>Miraget Desktop&#xa0;: vos prospects et l&apos;activité de vos visiteurs, en ligne et hors ligne.</translation>
    </message>
    <message>
        <source>Print the profile&apos;s config, data, cache and log directories as JSON and exit.</source>
        <translation>Afficher au format JSON les répertoires de configuration, de données, de cache et de journaux du profil, puis quitter.</translation>
    </message>
    <message>
        <source>Sign in to --server in the system browser ($BROWSER is honoured) and exit once signed in.</source>
        <translation>Se connecter à --server dans le navigateur du système ($BROWSER est pris en compte) et quitter une fois connecté.</translation>
    </message>
    <message>
        <source>Print the signed-in user (GET /v1/me) as JSON, refreshing the sign-in if needed.</source>
        <translation>Afficher l&apos;utilisateur connecté (GET /v1/me) au format JSON, en renouvelant la connexion si nécessaire.</translation>
    </message>
    <message>
        <source>Sign out: revoke the session on the server and delete its secrets from the keychain.</source>
        <translation>Se déconnecter&#xa0;: révoquer la session sur le serveur et supprimer ses secrets du trousseau.</translation>
    </message>
    <message>
        <source>Sync the signed-in account&apos;s cache until it is caught up, print a JSON summary and exit (non-zero on failure).</source>
        <translation>Synchroniser le cache du compte connecté jusqu&apos;à ce qu&apos;il soit à jour, afficher un résumé JSON et quitter (code non nul en cas d&apos;échec).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together.</source>
        <translation>%1 et %2 ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 1 and 3600.</source>
        <translation>--timeout attend un nombre de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>Invalid --server: %1</source>
        <translation>--server non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>--export-leads needs a file name.</source>
        <translation>--export-leads nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>--login needs --server URL.</source>
        <translation>--login nécessite --server URL.</translation>
    </message>
    <message>
        <source>Start with the window hidden in the system tray, or minimised when there is no tray.</source>
        <translation>Démarrer avec la fenêtre masquée dans la zone de notification, ou réduite en l&apos;absence de zone de notification.</translation>
    </message>
    <message>
        <source>A miraget:// link to open: a lead, a lead list or a dashboard range.</source>
        <translation>Un lien miraget:// à ouvrir : un prospect, une liste de prospects ou une période du tableau de bord.</translation>
    </message>
    <message>
        <source>A link opens in the window; %1 does not take one.</source>
        <translation>Un lien s&apos;ouvre dans la fenêtre ; %1 n&apos;en accepte pas.</translation>
    </message>
</context>
<context>
    <name>DashboardBreakdowns</name>
    <message>
        <source>Top pages</source>
        <translation>Pages principales</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Pages d’entrée</translation>
    </message>
    <message>
        <source>Exit pages</source>
        <translation>Pages de sortie</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Référents</translation>
    </message>
    <message>
        <source>UTM sources</source>
        <translation>Sources UTM</translation>
    </message>
    <message>
        <source>UTM media</source>
        <translation>Supports UTM</translation>
    </message>
    <message>
        <source>UTM campaigns</source>
        <translation>Campagnes UTM</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navigateurs</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Systèmes d&apos;exploitation</translation>
    </message>
    <message>
        <source>Screen sizes</source>
        <translation>Tailles d&apos;écran</translation>
    </message>
</context>
<context>
    <name>DashboardKpis</name>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nouveaux prospects</translation>
    </message>
    <message>
        <source>New hot leads</source>
        <translation>Nouveaux prospects chauds</translation>
    </message>
    <message>
        <source>new leads already scoring 70 or more</source>
        <translation>nouveaux prospects ayant déjà un score de 70 ou plus</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>identified companies behind these visits</source>
        <translation>entreprises identifiées derrière ces visites</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>visits of a single page</source>
        <translation>visites d’une seule page</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Durée de visite</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Pages per visit</source>
        <translation>Pages par visite</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nouveaux prospects</translation>
    </message>
    <message>
        <source>Visitors over time</source>
        <translation>Visiteurs au fil du temps</translation>
    </message>
    <message>
        <source>New leads over time</source>
        <translation>Nouveaux prospects au fil du temps</translation>
    </message>
    <message>
        <source>Page views over time</source>
        <translation>Pages vues au fil du temps</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>The dashboard could not be computed</source>
        <translation>Le tableau de bord n&apos;a pas pu être calculé</translation>
    </message>
    <message>
        <source>Nothing cached for this range</source>
        <translation>Rien en cache pour cette période</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Lecture du cache…</translation>
    </message>
    <message>
        <source>No visits in this range</source>
        <translation>Aucune visite sur cette période</translation>
    </message>
    <message>
        <source>Connect to sync the account&apos;s activity.</source>
        <translation>Connectez-vous pour synchroniser l&apos;activité du compte.</translation>
    </message>
    <message>
        <source>Visits appear here once your sites&apos; trackers report them.</source>
        <translation>Les visites apparaissent ici dès que les traceurs de vos sites les signalent.</translation>
    </message>
    <message>
        <source>Activity is still arriving; the chart fills in as it comes.</source>
        <translation>L’activité arrive encore ; le graphique se remplit au fur et à mesure.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy a link to these days</source>
        <translation>Copier un lien vers ces jours</translation>
    </message>
    <message>
        <source>A miraget:// link that opens the dashboard on these days</source>
        <translation>Un lien miraget:// qui ouvre le tableau de bord sur ces jours</translation>
    </message>
    <message>
        <source>Show these days</source>
        <translation>Afficher ces jours</translation>
    </message>
    <message>
        <source>Compare with these days</source>
        <translation>Comparer avec ces jours</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>vs période précédente</translation>
    </message>
    <message>
        <source>vs a year earlier</source>
        <translation>vs un an plus tôt</translation>
    </message>
    <message>
        <source>vs other dates…</source>
        <translation>vs d’autres dates…</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Un an plus tôt</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Now click the last day.</source>
        <translation>Cliquez maintenant sur le dernier jour.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>DesktopAlerts</name>
    <message>
        <source>Hot lead: %1</source>
        <translation>Prospect chaud : %1</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>une entreprise</translation>
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
        <translation>%1 est de retour</translation>
    </message>
    <message>
        <source>A watched company</source>
        <translation>Une entreprise surveillée</translation>
    </message>
    <message>
        <source>Visiting %1</source>
        <translation>Consulte %1</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Visite sur %1</translation>
    </message>
    <message>
        <source>By an anonymous visitor</source>
        <translation>Par un visiteur anonyme</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Traffic spike: %1 % more than last week</source>
        <translation>Pic de trafic : %1 % de plus que la semaine dernière</translation>
    </message>
    <message>
        <source>Traffic drop: %1 % less than last week</source>
        <translation>Chute de trafic : %1 % de moins que la semaine dernière</translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s) in the last %1</source>
        <translation>
            <numerusform>%n page vue sur la dernière période de %1</numerusform>
            <numerusform>%n pages vues sur la dernière période de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s) in the same hours a week ago</source>
        <translation>
            <numerusform>%n page vue sur la même période il y a une semaine</numerusform>
            <numerusform>%n pages vues sur la même période il y a une semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n autre alerte</numerusform>
            <numerusform>%n autres alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n new hot lead(s)</source>
        <translation>
            <numerusform>Dont %n nouveau prospect chaud</numerusform>
            <numerusform>Dont %n nouveaux prospects chauds</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Miraget to see them</source>
        <translation>Ouvrez Miraget pour les voir</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Internet provider</source>
        <translation>Fournisseur d&apos;accès à Internet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ExclusionsModel</name>
    <message>
        <source>Only an owner or an admin may hide companies.</source>
        <translation>Seul un propriétaire ou un administrateur peut masquer des entreprises.</translation>
    </message>
    <message>
        <source>Type or paste the domains to hide, one per line.</source>
        <translation>Saisissez ou collez les domaines à masquer, un par ligne.</translation>
    </message>
    <message>
        <source>None of these is a web domain: %1</source>
        <translation>Aucun de ces éléments n&apos;est un domaine web&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) hidden from the lead list.</source>
        <translation>
            <numerusform>%n entreprise masquée dans la liste des prospects.</numerusform>
            <numerusform>%n entreprises masquées dans la liste des prospects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not domains, left out: %1.</source>
        <translation>Ignorés car ce ne sont pas des domaines&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The company is back in the lead list.</source>
        <translation>L&apos;entreprise est de retour dans la liste des prospects.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier à %1</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Période d&apos;essai</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <source>Not in a CRM</source>
        <translation>Pas dans un CRM</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
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
        <translation>Payée</translation>
    </message>
    <message>
        <source>People tracked</source>
        <translation>Personnes suivies</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Team seats</source>
        <translation>Places dans l&apos;équipe</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>Non classé</translation>
    </message>
</context>
<context>
    <name>FunnelCard</name>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Step %1, %2: %3 visits, %4 of the first step</source>
        <translation>Étape %1, %2 : %3 visites, %4 de la première étape</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 visites</translation>
    </message>
    <message>
        <source>%1 visits · %2 went on</source>
        <translation>%1 visites · %2 ont continué</translation>
    </message>
    <message>
        <source>This funnel cannot be counted</source>
        <translation>Cet entonnoir ne peut pas être calculé</translation>
    </message>
    <message>
        <source>No funnels yet</source>
        <translation>Pas encore d’entonnoir</translation>
    </message>
    <message>
        <source>An owner or admin defines funnels (2 to 5 pages in order) in Miraget.</source>
        <translation>Un propriétaire ou un admin définit les entonnoirs (2 à 5 pages dans l’ordre) dans Miraget.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped here (%n companies)</source>
        <translation>
            <numerusform>%1 se sont arrêtées ici (%n entreprise)</numerusform>
            <numerusform>%1 se sont arrêtées ici (%n entreprises)</numerusform>
        </translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Companies that reached step %1, %2</source>
        <translation>Entreprises arrivées à l’étape %1, %2</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>A funnel has 2 to 5 steps.</source>
        <translation>Un entonnoir compte de 2 à 5 étapes.</translation>
    </message>
    <message>
        <source>Step %1 is empty: type the page it stands for, such as /pricing.</source>
        <translation>L’étape %1 est vide : saisissez la page qu’elle représente, par exemple /pricing.</translation>
    </message>
    <message>
        <source>Step %1 (“%2”) is not a page pattern: %3</source>
        <translation>L’étape %1 (« %2 ») n’est pas un modèle de page : %3</translation>
    </message>
</context>
<context>
    <name>GoalsCard</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>%1: %2 conversions, %3 of visits</source>
        <translation>%1 : %2 conversions, %3 des visites</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Pas encore d’objectif</translation>
    </message>
    <message>
        <source>An owner or admin defines goals (pages such as /demo) in Miraget.</source>
        <translation>Un propriétaire ou un admin définit les objectifs (des pages comme /demo) dans Miraget.</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Companies that reached %1</source>
        <translation>Entreprises ayant atteint %1</translation>
    </message>
</context>
<context>
    <name>HelpMenuBar</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Miraget</source>
        <translation>À &amp;propos de Miraget</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: versions, the server and recent sync errors, with no tokens and no lead data. Paste them into your message to support@miraget.com.</source>
        <translation>Diagnostic copié dans le presse-papiers : versions, serveur et dernières erreurs de synchronisation, sans aucun jeton ni aucune donnée de prospect. Collez-le dans votre message à support@miraget.com.</translation>
    </message>
</context>
<context>
    <name>HiddenCompaniesCard</name>
    <message>
        <source>Hidden companies</source>
        <translation>Entreprises masquées</translation>
    </message>
    <message>
        <source>Their visits still count in traffic; their leads leave the list, lead counts and alerts. The lead list&apos;s “Hidden” view shows them.</source>
        <translation>Leurs visites comptent toujours dans le trafic&#xa0;; leurs prospects disparaissent de la liste, des décomptes de prospects et des alertes. La vue «&#xa0;Masquées&#xa0;» de la liste des prospects les affiche.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>not on the server yet</source>
        <translation>pas encore sur le serveur</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <source>No hidden companies.</source>
        <translation>Aucune entreprise masquée.</translation>
    </message>
    <message>
        <source>Domains to hide</source>
        <translation>Domaines à masquer</translation>
    </message>
    <message>
        <source>Why they are hidden</source>
        <translation>Raison du masquage</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hidden company to show again</source>
        <translation>Entreprise masquée à réafficher</translation>
    </message>
    <message>
        <source>Domains to hide, separated by commas (rival.example, https://www.customer.example/…)</source>
        <translation>Domaines à masquer, séparés par des virgules (rival.example, https://www.customer.example/…)</translation>
    </message>
</context>
<context>
    <name>IcpEditor</name>
    <message>
        <source>Only an owner or an admin may change the ideal customer profile.</source>
        <translation>Seul un propriétaire ou un administrateur peut modifier le profil de client idéal.</translation>
    </message>
    <message>
        <source>Profile saved; every lead has been graded again.</source>
        <translation>Profil enregistré&#xa0;; tous les prospects ont été reclassés.</translation>
    </message>
    <message>
        <source>Someone else changed the profile meanwhile. Their version is shown; your changes are still here to save again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le profil entre-temps. Sa version est affichée&#xa0;; vos modifications sont toujours là et peuvent être enregistrées à nouveau.</translation>
    </message>
</context>
<context>
    <name>IcpProfile</name>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille d&apos;entreprise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The ideal customer profile&apos;s “%1” is not valid.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» du profil de client idéal n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The ideal customer profile&apos;s “%1” has a value that is not text.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» du profil de client idéal contient une valeur qui n&apos;est pas du texte.</translation>
    </message>
</context>
<context>
    <name>IcpProfileCard</name>
    <message>
        <source>Ideal customer</source>
        <translation>Client idéal</translation>
    </message>
    <message>
        <source>A lead&apos;s fit is the share of these weights its company matches: A from 80, B from 60, C from 40, else D. A dimension without values does not count.</source>
        <translation>L&apos;adéquation d&apos;un prospect est la part de ces pondérations que remplit son entreprise&#xa0;: A à partir de 80, B à partir de 60, C à partir de 40, sinon D. Une dimension sans valeur ne compte pas.</translation>
    </message>
    <message>
        <source>Only an owner or an admin may change the profile. A lead&apos;s fit is the share of these weights its company matches: A from 80, B from 60, C from 40, else D.</source>
        <translation>Seul un propriétaire ou un administrateur peut modifier le profil. L&apos;adéquation d&apos;un prospect est la part de ces pondérations que remplit son entreprise&#xa0;: A à partir de 80, B à partir de 60, C à partir de 40, sinon D.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Pondération de %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>pondération %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a value to %1</source>
        <translation>Ajouter une valeur à %1</translation>
    </message>
    <message>
        <source>Any (does not count)</source>
        <translation>Indifférent (ne compte pas)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Saving the profile needs the network.</source>
        <translation>L&apos;enregistrement du profil nécessite une connexion réseau.</translation>
    </message>
</context>
<context>
    <name>IntegrationsModel</name>
    <message>
        <source>Sync started.</source>
        <translation>Synchronisation lancée.</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Connections that import and export your data (MiragetConnector)</source>
        <translation>Connexions qui importent et exportent vos données (MiragetConnector)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 imported · %2 exported</source>
        <translation>%1 importés · %2 exportés</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Nécessite une connexion au serveur</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Recent sync runs of this integration</source>
        <translation>Synchronisations récentes de cette intégration</translation>
    </message>
    <message>
        <source>Recent sync runs</source>
        <translation>Synchronisations récentes</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync runs yet</source>
        <translation>Aucune synchronisation pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server did not send a PDF.</source>
        <translation>Le serveur n&apos;a pas envoyé de PDF.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1: %2, %3 against the previous period</source>
        <translation>%1&#xa0;: %2, %3 par rapport à la période précédente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>contre %1</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
</context>
<context>
    <name>LeadBulkEdit</name>
    <message>
        <source>Your role may not change leads.</source>
        <translation>Votre rôle ne permet pas de modifier les prospects.</translation>
    </message>
    <message numerus="yes">
        <source>Status changed for %n leads.</source>
        <translation>
            <numerusform>Statut modifié pour %n prospect.</numerusform>
            <numerusform>Statut modifié pour %n prospects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignee changed for %n leads.</source>
        <translation>
            <numerusform>Attribution modifiée pour %n prospect.</numerusform>
            <numerusform>Attribution modifiée pour %n prospects.</numerusform>
        </translation>
    </message>
    <message>
        <source>The leads&apos; tags could not be read: %1</source>
        <translation>Les étiquettes des prospects n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n leads.</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n prospect.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n prospects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” removed from %n leads.</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n prospect.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n prospects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n leads could not be changed: %2</source>
        <translation>
            <numerusform>%1 %n prospect n’a pas pu être modifié&#xa0;: %2</numerusform>
            <numerusform>%1 %n prospects n’ont pas pu être modifiés&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDetail</name>
    <message>
        <source>Your role may not change leads.</source>
        <translation>Votre rôle ne permet pas de modifier les prospects.</translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the server as soon as it can.</source>
        <translation>Enregistré sur cet ordinateur&#xa0;; sera envoyé au serveur dès que possible.</translation>
    </message>
    <message>
        <source>Your role may not write notes.</source>
        <translation>Votre rôle ne permet pas d&apos;écrire des notes.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Your role may not change notes.</source>
        <translation>Votre rôle ne permet pas de modifier les notes.</translation>
    </message>
    <message>
        <source>Your role may not delete notes.</source>
        <translation>Votre rôle ne permet pas de supprimer les notes.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <source>Pushed to the CRM as %1.</source>
        <translation>Envoyé au CRM sous l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>LeadDetailPage</name>
    <message>
        <source>Lead detail</source>
        <translation>Détails du prospect</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Lecture du cache…</translation>
    </message>
    <message>
        <source>This lead is not in the cache</source>
        <translation>Ce prospect n&apos;est pas dans le cache</translation>
    </message>
    <message>
        <source>It may have been removed on the server.</source>
        <translation>Il a peut-être été supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>← Leads</source>
        <translation>← Prospects</translation>
    </message>
    <message>
        <source>Back to the lead list (Esc)</source>
        <translation>Retour à la liste des prospects (Échap)</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 employés</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>État de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved on the server — %1: your value %2, the server kept %3. %4</source>
        <translation>Non enregistré sur le serveur — %1&#xa0;: votre valeur %2, le serveur a conservé %3. %4</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Work this lead</source>
        <translation>Traiter ce prospect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Retirer l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Ajoutez une étiquette et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Your role can view leads but not change them.</source>
        <translation>Votre rôle permet de consulter les prospects, mais pas de les modifier.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Lead since</source>
        <translation>Prospect depuis</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Envoyer vers %1</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Nécessite une connexion au serveur</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your role may not push leads</source>
        <translation>Votre rôle ne permet pas d&apos;envoyer des prospects</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy a link to this lead</source>
        <translation>Copier un lien vers ce prospect</translation>
    </message>
    <message>
        <source>A miraget:// link that opens this lead in Miraget</source>
        <translation>Un lien miraget:// qui ouvre ce prospect dans Miraget</translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n leads to %1.</source>
        <translation>
            <numerusform>%n prospect exporté vers %1.</numerusform>
            <numerusform>%n prospects exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>Any status ▾</source>
        <translation>Tous les statuts ▾</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Only %1 leads</source>
        <translation>Prospects&#xa0;: %1 uniquement</translation>
    </message>
    <message>
        <source>Score %1–%2</source>
        <translation>Score %1–%2</translation>
    </message>
    <message>
        <source>Score range</source>
        <translation>Plage de score</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtre de pays</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Industry filter</source>
        <translation>Filtre de secteur</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toutes les tailles</translation>
    </message>
    <message>
        <source>Company size filter</source>
        <translation>Filtre de taille d&apos;entreprise</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d&apos;étiquette</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtre de responsable</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Filtre de site</translation>
    </message>
    <message>
        <source>Visited any time</source>
        <translation>Visité à tout moment</translation>
    </message>
    <message>
        <source>Visited today</source>
        <translation>Visité aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last visit filter</source>
        <translation>Filtre de dernière visite</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Any fit ▾</source>
        <translation>Toute adéquation ▾</translation>
    </message>
    <message>
        <source>Fit %1 ▾</source>
        <translation>Adéquation %1 ▾</translation>
    </message>
    <message>
        <source>Fit grade filter</source>
        <translation>Filtre de classe d&apos;adéquation</translation>
    </message>
    <message>
        <source>Any list</source>
        <translation>Toutes les listes</translation>
    </message>
    <message>
        <source>Target list filter</source>
        <translation>Filtre de liste cible</translation>
    </message>
    <message>
        <source>Hot and fit</source>
        <translation>Chauds et adéquats</translation>
    </message>
    <message>
        <source>Show hot leads of companies that fit the profile</source>
        <translation>Afficher les prospects chauds des entreprises qui correspondent au profil</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masquées</translation>
    </message>
    <message>
        <source>Show only hidden companies</source>
        <translation>Afficher uniquement les entreprises masquées</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n companies)  ✕</source>
        <translation>
            <numerusform>%1 (%n entreprise)  ✕</numerusform>
            <numerusform>%1 (%n entreprises)  ✕</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every company again, not only: %1</source>
        <translation>Afficher de nouveau toutes les entreprises, pas seulement : %1</translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>The lead list could not be read: %1</source>
        <translation>La liste des prospects n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The leads could not be counted: %1</source>
        <translation>Les prospects n&apos;ont pas pu être comptés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LeadListView</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Export the leads in this view</source>
        <translation>Exporter les prospects de cette vue</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Enregistrer cette vue</translation>
    </message>
    <message>
        <source>Name, e.g. Hot UK leads</source>
        <translation>Nom, p. ex. Prospects chauds Royaume-Uni</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nom de la vue</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Lecture du cache…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) match</source>
        <translation>
            <numerusform>%n prospect correspondant</numerusform>
            <numerusform>%n prospects correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, domain, tags, notes (Ctrl+F)</source>
        <translation>Rechercher par nom, domaine, étiquettes, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des prospects</translation>
    </message>
    <message>
        <source>Views ▾</source>
        <translation>Vues ▾</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Set status ▾</source>
        <translation>Définir le statut ▾</translation>
    </message>
    <message>
        <source>Assign ▾</source>
        <translation>Attribuer ▾</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tag for the selected leads</source>
        <translation>Étiquette pour les prospects sélectionnés</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter l&apos;étiquette</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Select all %n</source>
        <translation>
            <numerusform>Sélectionner %n</numerusform>
            <numerusform>Tout sélectionner (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <source>The leads could not be read</source>
        <translation>Les prospects n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>No leads cached yet</source>
        <translation>Aucun prospect en cache pour l&apos;instant</translation>
    </message>
    <message>
        <source>No leads match</source>
        <translation>Aucun prospect ne correspond</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Aucun prospect pour l&apos;instant</translation>
    </message>
    <message>
        <source>Connect once to sync the account; after that the list works offline.</source>
        <translation>Connectez-vous une fois pour synchroniser le compte&#xa0;; ensuite, la liste fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Try fewer filters or other words.</source>
        <translation>Essayez avec moins de filtres ou d&apos;autres mots.</translation>
    </message>
    <message>
        <source>Leads appear when your sites&apos; visitors are identified as companies.</source>
        <translation>Les prospects apparaissent lorsque les visiteurs de vos sites sont identifiés comme des entreprises.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>The first sync is still loading leads. The list shows them as they arrive; sorting is slower, and search and tag filters find them once the list is prepared.</source>
        <translation>La première synchronisation charge encore les leads. La liste les affiche dès leur arrivée ; le tri est plus lent, et la recherche et les filtres par tag les trouvent une fois la liste préparée.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Copy link to this view</source>
        <translation>Copier le lien vers cette vue</translation>
    </message>
</context>
<context>
    <name>LeadRow</name>
    <message>
        <source>%1, score %2, %3</source>
        <translation>%1, score %2, %3</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Changed here; not on the server yet</source>
        <translation>Modifié ici&#xa0;; pas encore sur le serveur</translation>
    </message>
    <message>
        <source>The server kept another value</source>
        <translation>Le serveur a conservé une autre valeur</translation>
    </message>
    <message>
        <source>Fit %1, grade %2</source>
        <translation>Adéquation %1, classe %2</translation>
    </message>
</context>
<context>
    <name>LeadSelection</name>
    <message>
        <source>Selected the first %1 leads; bulk changes are limited to that many at a time.</source>
        <translation>Les %1 premiers prospects ont été sélectionnés&#xa0;; les modifications groupées sont limitées à ce nombre à la fois.</translation>
    </message>
</context>
<context>
    <name>LeadTriage</name>
    <message>
        <source>Only an owner or an admin may hide companies.</source>
        <translation>Seul un propriétaire ou un administrateur peut masquer des entreprises.</translation>
    </message>
    <message>
        <source>%1 is hidden from the lead list for the whole team.</source>
        <translation>%1 est masqué dans la liste des prospects pour toute l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 is back in the lead list.</source>
        <translation>%1 est de retour dans la liste des prospects.</translation>
    </message>
</context>
<context>
    <name>LeadTriageCard</name>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Grade %1 · fit %2</source>
        <translation>Classe %1 · adéquation %2</translation>
    </message>
    <message>
        <source>No ideal customer profile yet: Settings → Ideal customer.</source>
        <translation>Aucun profil de client idéal pour l&apos;instant&#xa0;: Paramètres → Client idéal.</translation>
    </message>
    <message>
        <source>%1 %2 matches (+%3)</source>
        <translation>%1 %2 correspond (+%3)</translation>
    </message>
    <message>
        <source>%1 %2 is not in the profile (0 of %3)</source>
        <translation>%1 %2 n&apos;est pas dans le profil (0 sur %3)</translation>
    </message>
    <message>
        <source>%1 unknown (0 of %2)</source>
        <translation>%1&#xa0;: valeur inconnue (0 sur %2)</translation>
    </message>
    <message>
        <source>On target lists: %1</source>
        <translation>Dans les listes cibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hidden from the lead list: %1</source>
        <translation>Masquée dans la liste des prospects&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <source>Hide this company ▾</source>
        <translation>Masquer cette entreprise ▾</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
</context>
<context>
    <name>LinkRouter</name>
    <message>
        <source>This link is for an account that is not signed in here. Sign in to it, then open the link again.</source>
        <translation>Ce lien concerne un compte qui n&apos;est pas connecté ici. Connectez-vous à ce compte, puis ouvrez à nouveau le lien.</translation>
    </message>
    <message>
        <source>The link&apos;s account could not be opened: %1</source>
        <translation>Le compte du lien n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>This cannot be put in a link: %1</source>
        <translation>Impossible d&apos;en faire un lien : %1</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>Lien copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>LiveClient</name>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Vous êtes déconnecté. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Could not renew the sign-in for the live connection: %1</source>
        <translation>Impossible de renouveler l&apos;authentification de la connexion en direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refusing an unencrypted live connection to %1: only wss:// is allowed, except to this computer.</source>
        <translation>Connexion en direct non chiffrée vers %1 refusée&#xa0;: seul wss:// est autorisé, sauf vers cet ordinateur.</translation>
    </message>
    <message>
        <source>The live endpoint “%1” is not a WebSocket (wss://) address.</source>
        <translation>Le point de terminaison en direct «&#xa0;%1&#xa0;» n&apos;est pas une adresse WebSocket (wss://).</translation>
    </message>
    <message>
        <source>The live connection went silent and did not answer a ping.</source>
        <translation>La connexion en direct est devenue silencieuse et n&apos;a pas répondu à un ping.</translation>
    </message>
    <message>
        <source>The server did not complete the live connection&apos;s handshake in time.</source>
        <translation>Le serveur n&apos;a pas terminé à temps la négociation (handshake) de la connexion en direct.</translation>
    </message>
    <message>
        <source>The server refused the renewed sign-in for the live connection.</source>
        <translation>Le serveur a refusé l&apos;authentification renouvelée de la connexion en direct.</translation>
    </message>
    <message>
        <source>Cannot open the live connection: %1</source>
        <translation>Impossible d&apos;ouvrir la connexion en direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>The live connection was lost (%1).</source>
        <translation>La connexion en direct a été perdue (%1).</translation>
    </message>
    <message>
        <source>The live connection was closed (%1 %2).</source>
        <translation>La connexion en direct a été fermée (%1 %2).</translation>
    </message>
    <message>
        <source>Refusing to open the live connection to %1: it is not the server you signed in to (%2).</source>
        <translation>La connexion en direct vers %1 n&apos;est pas ouverte : ce n&apos;est pas le serveur auquel vous êtes connecté (%2).</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Streaming from the server</source>
        <translation>Diffusion depuis le serveur</translation>
    </message>
    <message>
        <source>From the cache (the live stream is not connected)</source>
        <translation>Depuis le cache (le flux en direct n&apos;est pas connecté)</translation>
    </message>
    <message>
        <source>Visitors, last 5 minutes</source>
        <translation>Visiteurs, 5 dernières minutes</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>Page views, last minute</source>
        <translation>Pages vues, dernière minute</translation>
    </message>
    <message>
        <source>Page views per second, last two minutes</source>
        <translation>Pages vues par seconde, deux dernières minutes</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Flux en direct</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Unidentified visitor</source>
        <translation>Visiteur non identifié</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>not shared</source>
        <translation>non communiqué</translation>
    </message>
    <message>
        <source>No live data while offline</source>
        <translation>Pas de données en direct hors ligne</translation>
    </message>
    <message>
        <source>Waiting for visitors…</source>
        <translation>En attente de visiteurs…</translation>
    </message>
    <message>
        <source>The feed resumes by itself when the connection is back.</source>
        <translation>Le flux reprend de lui-même lorsque la connexion est rétablie.</translation>
    </message>
    <message>
        <source>Page views appear here within a second of happening.</source>
        <translation>Les pages vues apparaissent ici dans la seconde qui suit.</translation>
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
        <translation>Profil&#xa0;: %1</translation>
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
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MiragetLink</name>
    <message>
        <source>A parameter of the link is not written as name=value.</source>
        <translation>Un paramètre du lien n&apos;est pas écrit sous la forme nom=valeur.</translation>
    </message>
    <message>
        <source>The link has a parameter Miraget does not know.</source>
        <translation>Le lien contient un paramètre que Miraget ne connaît pas.</translation>
    </message>
    <message>
        <source>The value of “%1” in the link is not encoded correctly.</source>
        <translation>La valeur de « %1 » dans le lien n&apos;est pas correctement encodée.</translation>
    </message>
    <message>
        <source>The link has an unknown parameter “%1”.</source>
        <translation>Le lien contient le paramètre inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The link repeats the parameter “%1”.</source>
        <translation>Le lien répète le paramètre « %1 ».</translation>
    </message>
    <message>
        <source>The link&apos;s value for “%1” is not valid.</source>
        <translation>La valeur de « %1 » dans le lien n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The link&apos;s range ends before it starts.</source>
        <translation>La plage du lien se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A dashboard link needs both a “from” and a “to” day.</source>
        <translation>Un lien vers le tableau de bord nécessite un jour « from » et un jour « to ».</translation>
    </message>
    <message>
        <source>The link is too long: Miraget links have at most %1 characters.</source>
        <translation>Le lien est trop long : les liens Miraget comportent au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The link contains control characters.</source>
        <translation>Le lien contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The link contains a character that links cannot contain, such as a space.</source>
        <translation>Le lien contient un caractère interdit dans les liens, comme une espace.</translation>
    </message>
    <message>
        <source>This is not a Miraget link: it must start with miraget://.</source>
        <translation>Ce n&apos;est pas un lien Miraget : il doit commencer par miraget://.</translation>
    </message>
    <message>
        <source>Miraget links have no part after “#”.</source>
        <translation>Les liens Miraget n&apos;ont pas de partie après « # ».</translation>
    </message>
    <message>
        <source>The link does not name a valid account.</source>
        <translation>Le lien ne désigne pas un compte valide.</translation>
    </message>
    <message>
        <source>The link does not lead to a lead, a lead list or a dashboard.</source>
        <translation>Le lien ne mène ni à un prospect, ni à une liste de prospects, ni à un tableau de bord.</translation>
    </message>
    <message>
        <source>The link&apos;s path is not valid.</source>
        <translation>Le chemin du lien n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The lead&apos;s number in the link must be a positive whole number.</source>
        <translation>Le numéro du prospect dans le lien doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>A link to a lead takes no parameters.</source>
        <translation>Un lien vers un prospect n&apos;accepte aucun paramètre.</translation>
    </message>
</context>
<context>
    <name>NetworkClient</name>
    <message>
        <source>Refusing to send over an unencrypted connection to %1; use https.</source>
        <translation>Envoi refusé sur une connexion non chiffrée vers %1&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>La réponse de %1 a été tronquée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer (%2).</source>
        <translation>%1 a donné une réponse inattendue (%2).</translation>
    </message>
    <message>
        <source>Refusing to send your sign-in to %1: it is not the server you signed in to (%2).</source>
        <translation>Votre connexion n&apos;est pas envoyée à %1 : ce n&apos;est pas le serveur auquel vous êtes connecté (%2).</translation>
    </message>
    <message>
        <source>%1 sent the request on to another server; Miraget did not follow it.</source>
        <translation>%1 a renvoyé la requête vers un autre serveur ; Miraget ne l&apos;a pas suivie.</translation>
    </message>
</context>
<context>
    <name>NotesCard</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Write a note — who you spoke to, what is next…</source>
        <translation>Écrivez une note — à qui vous avez parlé, quelle est la suite…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>New note (Ctrl+Enter adds it)</source>
        <translation>Nouvelle note (Ctrl+Entrée l’ajoute)</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>The encrypted cache could not be opened: %1</source>
        <translation>Le cache chiffré n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync; the cached data stays readable.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour synchroniser&#xa0;; les données en cache restent lisibles.</translation>
    </message>
    <message>
        <source>Offline — showing the data cached at %1. Your changes are kept and sent when the connection is back.</source>
        <translation>Hors ligne — affichage des données mises en cache (%1). Vos modifications sont conservées et seront envoyées lorsque la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>Offline — showing the cached data. Your changes are kept and sent when the connection is back.</source>
        <translation>Hors ligne — affichage des données en cache. Vos modifications sont conservées et seront envoyées lorsque la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>The field “%1” of a lead cannot be edited.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» d&apos;un prospect ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>A lead&apos;s status must be text.</source>
        <translation>Le statut d&apos;un prospect doit être du texte.</translation>
    </message>
    <message>
        <source>A lead&apos;s assignee must be a team member or nobody.</source>
        <translation>Le responsable d&apos;un prospect doit être un membre de l&apos;équipe ou personne.</translation>
    </message>
    <message>
        <source>A lead&apos;s tags must be a list of words.</source>
        <translation>Les étiquettes d&apos;un prospect doivent être une liste de mots.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut short.</source>
        <translation>La réponse du serveur a été tronquée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>“%1” is not a web domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine web.</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>La note dépasse %n caractère.</numerusform>
            <numerusform>La note dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record this edit belongs to could not be created.</source>
        <translation>L&apos;élément auquel appartient cette modification n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>OutboxOutcomes</name>
    <message>
        <source>Someone changed this note after you deleted it, so it was kept.</source>
        <translation>Quelqu&apos;un a modifié cette note après que vous l&apos;avez supprimée&#xa0;; elle a donc été conservée.</translation>
    </message>
    <message>
        <source>Someone changed this on the server while your edit was waiting; their value was kept.</source>
        <translation>Quelqu&apos;un a modifié cet élément sur le serveur pendant que votre modification était en attente&#xa0;; sa valeur a été conservée.</translation>
    </message>
</context>
<context>
    <name>OutboxRows</name>
    <message>
        <source>A local edit of %1 has a value of the wrong type for “%2”.</source>
        <translation>Une modification locale de %1 a une valeur de type incorrect pour «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>This lead is not in the cache.</source>
        <translation>Ce prospect n&apos;est pas dans le cache.</translation>
    </message>
    <message>
        <source>This note is not in the cache.</source>
        <translation>Cette note n&apos;est pas dans le cache.</translation>
    </message>
    <message>
        <source>Could not read the local edits: %1</source>
        <translation>Impossible de lire les modifications locales&#xa0;: %1</translation>
    </message>
    <message>
        <source>This company is not hidden.</source>
        <translation>Cette entreprise n&apos;est pas masquée.</translation>
    </message>
</context>
<context>
    <name>PagePattern</name>
    <message>
        <source>Type a page, such as /pricing.</source>
        <translation>Saisissez une page, par exemple /pricing.</translation>
    </message>
    <message>
        <source>A page starts with / (such as /pricing) or is a whole address with https://.</source>
        <translation>Une page commence par / (par exemple /pricing) ou est une adresse complète avec https://.</translation>
    </message>
    <message>
        <source>Leave out the part after ? or #: it is ignored.</source>
        <translation>Omettez la partie après ? ou # : elle est ignorée.</translation>
    </message>
    <message>
        <source>The page pattern is too long.</source>
        <translation>Le modèle de page est trop long.</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>A %1 page arrived out of order and was not applied.</source>
        <translation>Une page %1 est arrivée dans le désordre et n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>Could not save the %1 page: %2</source>
        <translation>Impossible d&apos;enregistrer la page %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not save live changes: %1</source>
        <translation>Impossible d&apos;enregistrer les modifications en direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent an unreadable %1 document.</source>
        <translation>Le serveur a envoyé un document %1 illisible.</translation>
    </message>
</context>
<context>
    <name>PendingChangeText</name>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>New note: “%1”</source>
        <translation>Nouvelle note&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note changed to “%1”</source>
        <translation>Note modifiée en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>statut → %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>tags → %1</source>
        <translation>étiquettes → %1</translation>
    </message>
    <message>
        <source>%1 — yours: %2 · kept on the server: %3</source>
        <translation>%1 — votre valeur&#xa0;: %2 · conservée sur le serveur&#xa0;: %3</translation>
    </message>
    <message>
        <source>Hide %1 from the lead list</source>
        <translation>Masquer %1 dans la liste des prospects</translation>
    </message>
    <message>
        <source>Show %1 in the lead list again</source>
        <translation>Réafficher %1 dans la liste des prospects</translation>
    </message>
</context>
<context>
    <name>PendingChangesPopup</name>
    <message>
        <source>Changes not on the server yet</source>
        <translation>Modifications pas encore sur le serveur</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Edits made here apply at once and are sent in order, each exactly once. If someone changed the same field on the server first, the server&apos;s value is kept and yours is listed as a conflict.</source>
        <translation>Les modifications effectuées ici s&apos;appliquent immédiatement et sont envoyées dans l&apos;ordre, chacune une seule fois. Si quelqu&apos;un a d&apos;abord modifié le même champ sur le serveur, la valeur du serveur est conservée et la vôtre est signalée comme conflit.</translation>
    </message>
    <message>
        <source>Everything is on the server</source>
        <translation>Tout est sur le serveur</translation>
    </message>
    <message>
        <source>No edits are waiting and there are no conflicts.</source>
        <translation>Aucune modification en attente et aucun conflit.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Prospect %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the conflict on %1</source>
        <translation>Ignorer le conflit sur %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>ProfilePaths</name>
    <message>
        <source>The profile name must not be empty.</source>
        <translation>Le nom du profil ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The profile name must be at most %1 characters long.</source>
        <translation>Le nom du profil ne doit pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>The profile name “%1” may only contain letters A–Z and a–z, digits, “.”, “_” and “-”.</source>
        <translation>Le nom du profil «&#xa0;%1&#xa0;» ne peut contenir que les lettres A–Z et a–z, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The profile name must not be “.” or “..”.</source>
        <translation>Le nom du profil ne doit pas être «&#xa0;.&#xa0;» ni «&#xa0;..&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SavedSegmentsModel</name>
    <message>
        <source>Filter the dashboard first: a segment is a set of filters.</source>
        <translation>Filtrez d’abord le tableau de bord : un segment est un ensemble de filtres.</translation>
    </message>
    <message>
        <source>Give the segment a name of 1 to 100 characters.</source>
        <translation>Donnez au segment un nom de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>A filter on “(none)” cannot be saved; remove it first.</source>
        <translation>Un filtre sur « (aucun) » ne peut pas être enregistré ; retirez-le d’abord.</translation>
    </message>
    <message>
        <source>You have %1 saved segments, the most there can be; delete one first.</source>
        <translation>Vous avez %1 segments enregistrés, le maximum ; supprimez-en d’abord un.</translation>
    </message>
    <message>
        <source>Saved the segment “%1”.</source>
        <translation>Segment « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Deleted the segment “%1”.</source>
        <translation>Segment « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Your segments were changed elsewhere meanwhile; that list is shown now. Try again.</source>
        <translation>Vos segments ont été modifiés ailleurs entre-temps ; cette liste est affichée maintenant. Réessayez.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Miraget was quitting before the system keychain answered.</source>
        <translation>Miraget était en cours de fermeture avant que le trousseau du système ne réponde.</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <source>Filtered by</source>
        <translation>Filtré par</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>Keep only these</source>
        <translation>Ne garder que celles-ci</translation>
    </message>
    <message>
        <source>Leave these out</source>
        <translation>Exclure celles-ci</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Retirer le filtre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>The companies behind these visits, in the lead list</source>
        <translation>Les entreprises derrière ces visites, dans la liste des prospects</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Page d’entrée</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Page de sortie</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Source UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Support UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campagne UTM</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Screen size</source>
        <translation>Taille d’écran</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <extracomment>A dashboard filter chip: &quot;Country is DE&quot;, &quot;Page is not /careers&quot;.</extracomment>
        <translation>%1 n’est pas %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
</context>
<context>
    <name>SegmentsMenu</name>
    <message>
        <source>Segments ▾</source>
        <translation>Segments ▾</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segments enregistrés</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Pas encore de segment enregistré</translation>
    </message>
    <message>
        <source>Save these filters as…</source>
        <translation>Enregistrer ces filtres sous…</translation>
    </message>
    <message>
        <source>Delete a segment</source>
        <translation>Supprimer un segment</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Enregistrer le segment</translation>
    </message>
    <message>
        <source>A name for these filters:</source>
        <translation>Un nom pour ces filtres :</translation>
    </message>
    <message>
        <source>LinkedIn readers of pricing</source>
        <translation>Lecteurs LinkedIn de la page tarifs</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <source>Enter the address of your Miraget server, for example https://miraget.example.com.</source>
        <translation>Saisissez l&apos;adresse de votre serveur Miraget, par exemple https://miraget.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https://, for example https://%1.</source>
        <translation>L&apos;adresse du serveur doit commencer par https://, par exemple https://%1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <source>The scheme “%1” is not supported: the server address must start with https://.</source>
        <translation>Le schéma «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;: l&apos;adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>L&apos;adresse du serveur ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe.</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>L&apos;adresse du serveur n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (the part from “?”).</source>
        <translation>L&apos;adresse du serveur ne doit pas contenir de requête (la partie à partir de «&#xa0;?&#xa0;»).</translation>
    </message>
    <message>
        <source>The server address must not contain a fragment (the part from “#”).</source>
        <translation>L&apos;adresse du serveur ne doit pas contenir de fragment (la partie à partir de «&#xa0;#&#xa0;»).</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1 or ::1); use https://%1 instead.</source>
        <translation>Le http:// simple n&apos;est autorisé que pour cet ordinateur (localhost, 127.0.0.1 ou ::1)&#xa0;; utilisez plutôt https://%1.</translation>
    </message>
</context>
<context>
    <name>ServerMetadata</name>
    <message>
        <source>%1 is not a Miraget server (no sign-in metadata: %2).</source>
        <translation>%1 n&apos;est pas un serveur Miraget (aucune métadonnée de connexion&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 is not a Miraget server.</source>
        <translation>%1 n&apos;est pas un serveur Miraget.</translation>
    </message>
    <message>
        <source>%1 is not a Miraget server (its sign-in metadata has no Miraget API).</source>
        <translation>%1 n&apos;est pas un serveur Miraget (ses métadonnées de connexion ne contiennent pas d&apos;API Miraget).</translation>
    </message>
    <message>
        <source>The server says it is %1, not %2; refusing to sign in.</source>
        <translation>Le serveur indique être %1, et non %2&#xa0;; connexion refusée.</translation>
    </message>
    <message>
        <source>%1 does not offer PKCE (S256); refusing to sign in.</source>
        <translation>%1 ne propose pas PKCE (S256)&#xa0;; connexion refusée.</translation>
    </message>
    <message>
        <source>The server&apos;s metadata points outside %1 (%2); refusing to sign in.</source>
        <translation>Les métadonnées du serveur pointent en dehors de %1 (%2)&#xa0;; connexion refusée.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You are signed out. Please sign in again.</source>
        <translation>Vous êtes déconnecté. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Save your account&apos;s data</source>
        <translation>Enregistrer les données de votre compte</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Se déconnecter&#xa0;?</translation>
    </message>
    <message>
        <source>This signs %1 out on the server and deletes the account&apos;s encrypted cache and keys from this computer. Edits not sent yet are lost.</source>
        <translation>Cette action déconnecte %1 sur le serveur et supprime de cet ordinateur le cache chiffré et les clés du compte. Les modifications pas encore envoyées seront perdues.</translation>
    </message>
    <message>
        <source>Remove this account from this computer?</source>
        <translation>Supprimer ce compte de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>The account&apos;s cache key is deleted from the keychain, which makes the cached data unreadable, and then its files are deleted. The server is not contacted: use this when it cannot be reached.</source>
        <translation>La clé de cache du compte est supprimée du trousseau, ce qui rend les données en cache illisibles, puis ses fichiers sont supprimés. Le serveur n&apos;est pas contacté&#xa0;: utilisez cette option lorsqu&apos;il est injoignable.</translation>
    </message>
    <message>
        <source>Server and sync</source>
        <translation>Serveur et synchronisation</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Add an account on another server…</source>
        <translation>Ajouter un compte sur un autre serveur…</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchroniser toutes les</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source>minutes, and whenever the live stream reconnects</source>
        <translation>minutes, et à chaque reconnexion du flux en direct</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Privacy and data on this computer</source>
        <translation>Confidentialité et données sur cet ordinateur</translation>
    </message>
    <message>
        <source>The account&apos;s data is kept on this computer in a cache encrypted with a key that only your keychain holds.</source>
        <translation>Les données du compte sont conservées sur cet ordinateur dans un cache chiffré avec une clé que seul votre trousseau détient.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: visitor activity older than %n day(s) (your plan&apos;s retention) is removed from this computer after every sync.</source>
        <translation>
            <numerusform>Conservation&#xa0;: l&apos;activité des visiteurs datant de plus de %n jour (la durée de conservation de votre forfait) est supprimée de cet ordinateur après chaque synchronisation.</numerusform>
            <numerusform>Conservation&#xa0;: l&apos;activité des visiteurs datant de plus de %n jours (la durée de conservation de votre forfait) est supprimée de cet ordinateur après chaque synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention follows your plan once the account has synced.</source>
        <translation>La durée de conservation suivra votre forfait dès que le compte aura été synchronisé.</translation>
    </message>
    <message>
        <source>Export my account&apos;s data…</source>
        <translation>Exporter les données de mon compte…</translation>
    </message>
    <message>
        <source>Owners and admins can export the account&apos;s data.</source>
        <translation>Les propriétaires et les administrateurs peuvent exporter les données du compte.</translation>
    </message>
    <message>
        <source>Account on this computer</source>
        <translation>Compte sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Remove account and its data…</source>
        <translation>Supprimer le compte et ses données…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
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
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Conditions d&apos;utilisation</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Qt %1 · SQLCipher, QtKeychain: see NOTICE for licences</source>
        <translation>Qt %1 · SQLCipher, QtKeychain&#xa0;: licences dans NOTICE</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Signaler un problème…</translation>
    </message>
    <message>
        <source>Copies versions, the server and recent sync errors to the clipboard; no tokens and no lead data</source>
        <translation>Copie les versions, le serveur et les dernières erreurs de synchronisation dans le presse-papiers&#xa0;; aucun jeton ni aucune donnée de prospect</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. Paste them into your message to support@miraget.com.</source>
        <translation>Diagnostic copié dans le presse-papiers. Collez-le dans votre message à support@miraget.com.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Switch screens</source>
        <translation>Changer d&apos;écran</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des prospects</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Back from a lead; close a dialog</source>
        <translation>Quitter la fiche d&apos;un prospect ; fermer une boîte de dialogue</translation>
    </message>
    <message>
        <source>F1, Alt+H</source>
        <translation>F1, Alt+A</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>Menu Aide</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Next or previous control; a list is one stop</source>
        <translation>Élément suivant ou précédent ; une liste compte pour un arrêt</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>Previous or next screen in the sidebar; row in a list</source>
        <translation>Écran précédent ou suivant dans la barre latérale ; ligne d’une liste</translation>
    </message>
    <message>
        <source>Page Up/Down, Home, End</source>
        <translation>Page préc./suiv., Début, Fin</translation>
    </message>
    <message>
        <source>Move through the lead list</source>
        <translation>Parcourir la liste des leads</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the lead of the current row</source>
        <translation>Ouvrir le lead de la ligne courante</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Select the current lead for a bulk edit</source>
        <translation>Sélectionner le lead courant pour une modification groupée</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Add the note being written</source>
        <translation>Ajouter la note en cours de rédaction</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9, Ctrl+0</source>
        <translation>Ctrl+1 … Ctrl+9, Ctrl+0</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
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
            <numerusform>%n nouveau prospect chaud</numerusform>
            <numerusform>%n nouveaux prospects chauds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since you last looked</source>
        <translation>
            <numerusform>%n changement depuis votre dernière visite</numerusform>
            <numerusform>%n changements depuis votre dernière visite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Contacting the server…</source>
        <translation>Contact du serveur…</translation>
    </message>
    <message>
        <source>Continue in your browser. This window updates when you are done.</source>
        <translation>Continuez dans votre navigateur. Cette fenêtre se mettra à jour une fois que vous aurez terminé.</translation>
    </message>
    <message>
        <source>Finishing sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message numerus="yes">
        <source>Sign-in timed out: no answer came back from the browser within %n second(s).</source>
        <translation>
            <numerusform>Délai de connexion dépassé&#xa0;: aucune réponse du navigateur en %n seconde.</numerusform>
            <numerusform>Délai de connexion dépassé&#xa0;: aucune réponse du navigateur en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in answer.</source>
        <translation>Impossible d&apos;ouvrir un port local pour recevoir la réponse de connexion.</translation>
    </message>
    <message>
        <source>Signed in — you can close this tab and return to Miraget.</source>
        <translation>Connecté — vous pouvez fermer cet onglet et revenir à Miraget.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1 You can close this tab.</source>
        <translation>La connexion n&apos;a pas abouti&#xa0;: %1 Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Miraget</source>
        <translation>Se connecter à Miraget</translation>
    </message>
    <message>
        <source>Your browser opens to sign you in; your password never passes through this app.</source>
        <translation>Votre navigateur s&apos;ouvre pour vous connecter&#xa0;; votre mot de passe ne transite jamais par cette application.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Miraget server address</source>
        <translation>Adresse du serveur Miraget</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Recently used servers</source>
        <translation>Serveurs utilisés récemment</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <source>Enter your company&apos;s Miraget address, e.g. https://miraget.example.com.</source>
        <translation>Saisissez l&apos;adresse Miraget de votre entreprise, p. ex. https://miraget.example.com.</translation>
    </message>
    <message>
        <source>HTTPS · encrypted</source>
        <translation>HTTPS · chiffré</translation>
    </message>
    <message>
        <source>HTTP · not encrypted</source>
        <translation>HTTP · non chiffré</translation>
    </message>
    <message>
        <source>Loopback · this computer only</source>
        <translation>Boucle locale · cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>Hôte distant</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself:</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez vous-même cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>After signing in, paste the address the browser shows (it starts with http://127.0.0.1):</source>
        <translation>Après vous être connecté, collez l&apos;adresse affichée par le navigateur (elle commence par http://127.0.0.1)&#xa0;:</translation>
    </message>
    <message>
        <source>Address after sign-in</source>
        <translation>Adresse après la connexion</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
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
        <translation>Le serveur n&apos;a pas indiqué qui s&apos;est connecté.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused the tokens: %1</source>
        <translation>Connecté, mais le trousseau a refusé les jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in, but the encrypted cache could not be created: %1</source>
        <translation>Connecté, mais le cache chiffré n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SinceLastLookModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>New lead, score %1</source>
        <translation>Nouveau prospect, score %1</translation>
    </message>
    <message>
        <source>Score %1 → %2: now hot</source>
        <translation>Score %1 → %2 : désormais chaud</translation>
    </message>
    <message>
        <source>First visit of a target account</source>
        <translation>Première visite d&apos;un compte cible</translation>
    </message>
    <message>
        <source>A target account came back</source>
        <translation>Un compte cible est revenu</translation>
    </message>
    <message>
        <source>First visit · on “%1”</source>
        <translation>Première visite · dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Came back · on “%1”</source>
        <translation>Revenu · dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Score %1 → %2 (+%3)</source>
        <translation>Score %1 → %2 (+%3)</translation>
    </message>
    <message>
        <source>New lead, assigned to you</source>
        <translation>Nouveau prospect, qui vous est attribué</translation>
    </message>
    <message>
        <source>Assigned to you (was unassigned)</source>
        <translation>Vous est attribué (auparavant non attribué)</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Vous est attribué</translation>
    </message>
    <message>
        <source>Assigned to you (was %1)</source>
        <translation>Vous est attribué (auparavant %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>Un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Could not mark the changes seen: %1</source>
        <translation>Impossible de marquer les changements comme vus : %1</translation>
    </message>
</context>
<context>
    <name>SinceLastLookPage</name>
    <message>
        <source>Since you last looked</source>
        <translation>Depuis votre dernière visite</translation>
    </message>
    <message>
        <source>New hot leads</source>
        <translation>Nouveaux prospects chauds</translation>
    </message>
    <message>
        <source>Target accounts that visited</source>
        <translation>Comptes cibles venus sur le site</translation>
    </message>
    <message>
        <source>Scores up by 20 or more</source>
        <translation>Scores en hausse de 20 ou plus</translation>
    </message>
    <message>
        <source>Newly assigned to you</source>
        <translation>Nouvellement attribués à vous</translation>
    </message>
    <message>
        <source>Teammates&apos; notes on your leads</source>
        <translation>Notes de l&apos;équipe sur vos prospects</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Ce qui a changé depuis le %1</translation>
    </message>
    <message>
        <source>Changes are collected once the first sync has finished</source>
        <translation>Les changements sont recueillis une fois la première synchronisation terminée</translation>
    </message>
    <message>
        <source>Mark all seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message>
        <source>Start again from now: what is listed here counts as seen</source>
        <translation>Repartir de maintenant : ce qui figure ici compte comme vu</translation>
    </message>
    <message>
        <source>Changes since you last looked</source>
        <translation>Changements depuis votre dernière visite</translation>
    </message>
    <message>
        <source>%1 — show them in Leads</source>
        <translation>%1 — les afficher dans Prospects</translation>
    </message>
    <message>
        <source>What changed could not be read</source>
        <translation>Impossible de lire ce qui a changé</translation>
    </message>
    <message>
        <source>Nothing collected yet</source>
        <translation>Rien de recueilli pour l&apos;instant</translation>
    </message>
    <message>
        <source>Nothing new in the cache</source>
        <translation>Rien de nouveau dans le cache</translation>
    </message>
    <message>
        <source>Nothing new since you last looked</source>
        <translation>Rien de nouveau depuis votre dernière visite</translation>
    </message>
    <message>
        <source>Connect once to sync the account; from then on, what changes is collected here, offline too.</source>
        <translation>Connectez-vous une fois pour synchroniser le compte ; ensuite, ce qui change est recueilli ici, même hors ligne.</translation>
    </message>
    <message>
        <source>Once the first sync has finished, new hot leads, returning target accounts, rising scores, leads assigned to you and teammates&apos; notes show up here.</source>
        <translation>Une fois la première synchronisation terminée, les nouveaux prospects chauds, les comptes cibles qui reviennent, les scores en hausse, les prospects qui vous sont attribués et les notes de l&apos;équipe s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>You are offline: what happened since %1 shows up here once the connection is back.</source>
        <translation>Vous êtes hors ligne : ce qui s&apos;est passé depuis le %1 s&apos;affichera ici au retour de la connexion.</translation>
    </message>
    <message>
        <source>New hot leads, returning target accounts, rising scores, leads assigned to you and teammates&apos; notes show up here.</source>
        <translation>Les nouveaux prospects chauds, les comptes cibles qui reviennent, les scores en hausse, les prospects qui vous sont attribués et les notes de l&apos;équipe s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Miraget is already running for profile “%1”; its window has been brought to the front.</source>
        <translation>Miraget est déjà en cours d&apos;exécution pour le profil « %1 » ; sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
<context>
    <name>SqlDatabase</name>
    <message>
        <source>The cache key is missing or damaged (expected %1 bytes); the cache was not opened.</source>
        <translation>La clé de cache est manquante ou endommagée (%1 octets attendus)&#xa0;; le cache n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>There is no cache at %1.</source>
        <translation>Il n&apos;y a pas de cache à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be decrypted with this account&apos;s key (wrong key, or not a Miraget cache). It was left untouched.</source>
        <translation>Le cache %1 ne peut pas être déchiffré avec la clé de ce compte (mauvaise clé, ou pas un cache Miraget). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot apply the cache key: %1</source>
        <translation>Impossible d&apos;appliquer la clé de cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation>%1 n&apos;est pas une base de données lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot configure the cache %1: %2</source>
        <translation>Impossible de configurer le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2. It was left untouched.</source>
        <translation>Impossible de lire le cache %1&#xa0;: %2. Il n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>StartupSettingsCard</name>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start Miraget when I sign in to this computer</source>
        <translation>Lancer Miraget à l&apos;ouverture de ma session sur cet ordinateur</translation>
    </message>
    <message>
        <source>Start minimised</source>
        <translation>Démarrer en mode réduit</translation>
    </message>
    <message>
        <source>Miraget then opens in the system tray, or minimised when there is no tray, and keeps syncing. Starting at sign-in always works this way.</source>
        <translation>Miraget s&apos;ouvre alors dans la zone de notification, ou en mode réduit en l&apos;absence de zone de notification, et continue de synchroniser. Le lancement à l&apos;ouverture de session fonctionne toujours ainsi.</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester actif dans la zone de notification après la fermeture de la fenêtre</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>Impossible d&apos;ouvrir le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Nouvelle tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n prospect exporté vers %1.</numerusform>
            <numerusform>%n prospects exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>Could not write to the cache: %1</source>
        <translation>Impossible d&apos;écrire dans le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove expired events from the cache: %1</source>
        <translation>Impossible de supprimer les événements expirés du cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not build the cache&apos;s indexes: %1</source>
        <translation>Impossible de construire les index du cache : %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>The server sent an unreadable %1 page: %2</source>
        <translation>Le serveur a envoyé une page %1 illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>it is for “%1”</source>
        <translation>elle est destinée à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>items, deleted, next_cursor or has_more missing</source>
        <translation>items, deleted, next_cursor ou has_more manquant</translation>
    </message>
    <message>
        <source>an item is not an object</source>
        <translation>un élément n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>a deleted id is not a number</source>
        <translation>un identifiant supprimé n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>integrations</source>
        <translation>intégrations</translation>
    </message>
    <message>
        <source>CRM sync runs</source>
        <translation>synchronisations CRM</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>journal d’audit</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visites</translation>
    </message>
    <message>
        <source>page views</source>
        <translation>pages vues</translation>
    </message>
    <message>
        <source>Syncing account…</source>
        <translation>Synchronisation du compte…</translation>
    </message>
    <message>
        <source>Preparing %1: building indexes (%2 of %3)…</source>
        <translation>Préparation (%1) : construction des index (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3</source>
        <translation>Synchronisation (%1) : %2 sur %3</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Synchronisation (%1) : %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden companies</source>
        <translation>entreprises masquées</translation>
    </message>
    <message>
        <source>target lists</source>
        <translation>listes cibles</translation>
    </message>
    <message>
        <source>target accounts</source>
        <translation>entreprises cibles</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>funnels</source>
        <translation>entonnoirs</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline — working from the cache; retrying by itself</source>
        <translation>Hors ligne — utilisation du cache&#xa0;; nouvelle tentative automatique</translation>
    </message>
    <message>
        <source>Server trouble — retrying: %1</source>
        <translation>Problème de serveur — nouvelle tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed out — please sign in again</source>
        <translation>Déconnecté — veuillez vous reconnecter</translation>
    </message>
    <message>
        <source>Up to date · synced at %1</source>
        <translation>À jour · synchronisé à %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Activity has arrived; the cache is preparing it (%1 of %2).</source>
        <translation>L’activité est arrivée ; le cache la prépare (%1 sur %2).</translation>
    </message>
    <message>
        <source>Activity is still syncing: %1 of %2 %3 so far. The charts show what has arrived.</source>
        <translation>L’activité est encore en cours de synchronisation : %1 sur %2 %3 jusqu’ici. Les graphiques montrent ce qui est arrivé.</translation>
    </message>
</context>
<context>
    <name>TargetAccountsModel</name>
    <message>
        <source>Removed from the list.</source>
        <translation>Retiré de la liste.</translation>
    </message>
</context>
<context>
    <name>TargetListsModel</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse 32&#xa0;Mo&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Only an owner or an admin may import target lists.</source>
        <translation>Seul un propriétaire ou un administrateur peut importer des listes cibles.</translation>
    </message>
    <message>
        <source>The account was closed during the import.</source>
        <translation>Le compte a été fermé pendant l&apos;import.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) added to the list</source>
        <translation>
            <numerusform>%n entreprise ajoutée à la liste</numerusform>
            <numerusform>%n entreprises ajoutées à la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already on it).</source>
        <translation>
            <numerusform>(%n y figurait déjà).</numerusform>
            <numerusform>(%n y figuraient déjà).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were added before the import stopped: </source>
        <translation>
            <numerusform>%n entreprise a été ajoutée avant l&apos;arrêt de l&apos;import&#xa0;: </numerusform>
            <numerusform>%n entreprises ont été ajoutées avant l&apos;arrêt de l&apos;import&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>List deleted.</source>
        <translation>Liste supprimée.</translation>
    </message>
</context>
<context>
    <name>TargetListsPage</name>
    <message>
        <source>Target lists</source>
        <translation>Listes cibles</translation>
    </message>
    <message>
        <source>Import target accounts from a CSV file</source>
        <translation>Importer des entreprises cibles depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import target accounts</source>
        <translation>Importer des entreprises cibles</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) to import</source>
        <translation>
            <numerusform>%1&#xa0;: %n entreprise à importer</numerusform>
            <numerusform>%1&#xa0;: %n entreprises à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) merged</source>
        <translation>
            <numerusform>%n doublon fusionné</numerusform>
            <numerusform>%n doublons fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and will be left out:</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue et sera ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues et seront ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A new list</source>
        <translation>Une nouvelle liste</translation>
    </message>
    <message>
        <source>Add to “%1”</source>
        <translation>Ajouter à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <source>Name of the new list</source>
        <translation>Nom de la nouvelle liste</translation>
    </message>
    <message>
        <source>Importing… %1</source>
        <translation>Import en cours… %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n entreprise</numerusform>
            <numerusform>%n entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 visited</source>
        <translation>visitées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Lecture du cache…</translation>
    </message>
    <message>
        <source>No target lists yet</source>
        <translation>Aucune liste cible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import a CSV of the companies you want to win.</source>
        <translation>Importez un fichier CSV des entreprises que vous souhaitez conquérir.</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Jamais visitées</translation>
    </message>
    <message>
        <source>Show their leads</source>
        <translation>Afficher leurs prospects</translation>
    </message>
    <message>
        <source>Alert me when they return</source>
        <translation>M&apos;avertir à leur retour</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Fit %1</source>
        <translation>Adéquation %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>visited %1</source>
        <translation>visitée %1</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>jamais visitée</translation>
    </message>
    <message>
        <source>Accounts on this list</source>
        <translation>Entreprises de cette liste</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Role changed.</source>
        <translation>Rôle modifié.</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>Note on %1: %2</source>
        <translation>Note du %1 : %2</translation>
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
        <translation>La réponse du serveur concernant les jetons était incomplète.</translation>
    </message>
    <message>
        <source>Your session has ended (%1). Please sign in again.</source>
        <translation>Votre session a expiré (%1). Veuillez vous reconnecter.</translation>
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
        <translation>État de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>· live</source>
        <translation>· en direct</translation>
    </message>
    <message>
        <source>Sync now (Ctrl+R)</source>
        <translation>Synchroniser maintenant (Ctrl+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n à envoyer</numerusform>
            <numerusform>%n à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not on the server yet: %1</source>
        <translation>Modifications pas encore sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Account: %1. Switch account</source>
        <translation>Compte&#xa0;: %1. Changer de compte</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Quit Miraget</source>
        <translation>Quitter Miraget</translation>
    </message>
    <message numerus="yes">
        <source>%n new hot lead(s)</source>
        <translation>
            <numerusform>%n nouveau prospect chaud</numerusform>
            <numerusform>%n nouveaux prospects chauds</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Miraget</source>
        <translation>Ouvrir Miraget</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Hot leads</source>
        <translation>Prospects chauds</translation>
    </message>
</context>
<context>
    <name>VisitAnalytics</name>
    <message>
        <source>Companies behind the dashboard&apos;s visits</source>
        <translation>Entreprises derrière les visites du tableau de bord</translation>
    </message>
    <message>
        <source>Companies that reached the goal “%1”</source>
        <translation>Entreprises ayant atteint l’objectif « %1 »</translation>
    </message>
    <message>
        <source>Companies that reached step %1 (%2) of the funnel “%3”</source>
        <translation>Entreprises arrivées à l’étape %1 (%2) de l’entonnoir « %3 »</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>Goal “%1”: %2</source>
        <translation>Objectif « %1 » : %2</translation>
    </message>
    <message>
        <source>Goal “%1” (%2) matches no page visited in this period.</source>
        <translation>L’objectif « %1 » (%2) ne correspond à aucune page visitée sur cette période.</translation>
    </message>
    <message>
        <source>Goal “%1” (%2) matches every page, so every visit converts.</source>
        <translation>L’objectif « %1 » (%2) correspond à toutes les pages : chaque visite convertit.</translation>
    </message>
    <message>
        <source>No visits to compare with between %1 and %2.</source>
        <translation>Aucune visite à comparer entre le %1 et le %2.</translation>
    </message>
</context>
<context>
    <name>VisitSelection</name>
    <message>
        <source>“%1” is not a page pattern: %2</source>
        <translation>« %1 » n’est pas un modèle de page : %2</translation>
    </message>
</context>
<context>
    <name>VisitTimelineCard</name>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>Reading visits…</source>
        <translation>Lecture des visites…</translation>
    </message>
    <message>
        <source>No visits recorded.</source>
        <translation>Aucune visite enregistrée.</translation>
    </message>
    <message>
        <source>Show older visits</source>
        <translation>Afficher les visites plus anciennes</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved your account&apos;s data to %1.</source>
        <translation>Données de votre compte enregistrées dans %1.</translation>
    </message>
</context>
<context>
    <name>apicall</name>
    <message>
        <source>You are offline or the server cannot be reached: %1</source>
        <translation>Vous êtes hors ligne ou le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>La requête a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>migrations</name>
    <message>
        <source>The cache was written by a newer Miraget (schema %1; this version knows %2). It was left untouched; update Miraget to use it.</source>
        <translation>Le cache a été écrit par une version plus récente de Miraget (schéma %1&#xa0;; cette version connaît %2). Il n&apos;a pas été modifié&#xa0;; mettez Miraget à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 (%2) failed: %3</source>
        <translation>La mise à jour du cache vers le schéma %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>sessionloader</name>
    <message>
        <source>Not signed in: please sign in again.</source>
        <translation>Non connecté&#xa0;: veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>targetcsv</name>
    <message>
        <source>The file is larger than 32 MB; split it into smaller files.</source>
        <translation>Le fichier dépasse 32&#xa0;Mo&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>No column of domains was found. Name it “Domain” or “Website” in the first row, or put the domains in the first column.</source>
        <translation>Aucune colonne de domaines n&apos;a été trouvée. Nommez-la «&#xa0;Domain&#xa0;» ou «&#xa0;Website&#xa0;» dans la première ligne, ou placez les domaines dans la première colonne.</translation>
    </message>
    <message>
        <source>No domain on this row.</source>
        <translation>Aucun domaine sur cette ligne.</translation>
    </message>
    <message>
        <source>The domain cell is a spreadsheet formula, not a domain.</source>
        <translation>La cellule du domaine contient une formule de tableur, pas un domaine.</translation>
    </message>
    <message>
        <source>“%1” is not a web domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine web.</translation>
    </message>
    <message>
        <source>The name is a spreadsheet formula; it was left out.</source>
        <translation>Le nom est une formule de tableur&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>No row of the file holds a domain that could be read.</source>
        <translation>Aucune ligne du fichier ne contient de domaine lisible.</translation>
    </message>
</context>
</TS>
