#include "schema.h"

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> migrations = {
        {
            // 1: the whole first schema. Times are Unix seconds (UTC); JSON arrays are stored as text.
            // Rows that can be deleted use AUTOINCREMENT so an id is never reused: a tombstone and a
            // new row must never share an id in one sync page.
            QStringLiteral(
                "CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, website TEXT NOT NULL,"
                " billing_address TEXT NOT NULL, retention_days INTEGER NOT NULL,"
                " created_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE users(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, email TEXT NOT NULL"
                " UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL, password_salt BLOB NOT NULL,"
                " password_hash BLOB NOT NULL, created_at INTEGER NOT NULL,"
                " version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX users_sync ON users(account_id, seq)"),
            QStringLiteral(
                "CREATE TABLE sites(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, domain TEXT NOT "
                "NULL,"
                " tracker_status TEXT NOT NULL, people_tracked INTEGER NOT NULL, people_limit INTEGER NOT "
                "NULL,"
                " created_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX sites_sync ON sites(account_id, seq)"),
            QStringLiteral(
                "CREATE TABLE leads(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, site_id INTEGER NOT "
                "NULL,"
                " name TEXT NOT NULL, domain TEXT NOT NULL, industry TEXT NOT NULL, size TEXT NOT NULL,"
                " country TEXT NOT NULL, city TEXT NOT NULL, score INTEGER NOT NULL, status TEXT NOT NULL,"
                " assignee_id INTEGER, tags TEXT NOT NULL, first_visit_at INTEGER NOT NULL,"
                " last_visit_at INTEGER NOT NULL, visits INTEGER NOT NULL, page_views INTEGER NOT NULL,"
                " crm_state TEXT NOT NULL, crm_provider TEXT, crm_id TEXT, crm_synced_at INTEGER,"
                " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                " version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX leads_sync ON leads(account_id, seq)"),
            QStringLiteral(
                "CREATE TABLE visits(id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, "
                "site_id INTEGER "
                "NOT NULL,"
                " lead_id INTEGER, visitor_id TEXT NOT NULL, started_at INTEGER NOT NULL,"
                " ended_at INTEGER NOT NULL, page_views INTEGER NOT NULL, landing_url TEXT NOT NULL,"
                " referrer TEXT NOT NULL, utm_source TEXT, utm_medium TEXT, utm_campaign TEXT,"
                " device_type TEXT NOT NULL, os TEXT NOT NULL, browser TEXT NOT NULL, screen TEXT NOT NULL,"
                " country TEXT, city TEXT, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX visits_sync ON visits(account_id, seq)"),
            QStringLiteral("CREATE INDEX visits_visitor ON visits(account_id, visitor_id)"),
            QStringLiteral(
                "CREATE TABLE pageviews(id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL,"
                " site_id INTEGER NOT NULL, visit_id INTEGER NOT NULL, lead_id INTEGER,"
                " visitor_id TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL, referrer TEXT NOT NULL,"
                " utm_source TEXT, utm_medium TEXT, utm_campaign TEXT, time_on_page_s INTEGER NOT NULL,"
                " device_type TEXT NOT NULL, os TEXT NOT NULL, browser TEXT NOT NULL, screen TEXT NOT NULL,"
                " country TEXT, city TEXT, viewed_at INTEGER NOT NULL, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX pageviews_sync ON pageviews(account_id, seq)"),
            QStringLiteral("CREATE INDEX pageviews_time ON pageviews(account_id, viewed_at)"),
            QStringLiteral("CREATE INDEX pageviews_visitor ON pageviews(account_id, visitor_id)"),
            QStringLiteral(
                "CREATE TABLE notes(id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, "
                "lead_id INTEGER NOT "
                "NULL,"
                " author_id INTEGER NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX notes_sync ON notes(account_id, seq)"),
            QStringLiteral(
                "CREATE TABLE integrations(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
                " provider TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL, last_sync_at INTEGER,"
                " records_imported INTEGER NOT NULL, records_exported INTEGER NOT NULL,"
                " error_count INTEGER NOT NULL, last_error TEXT, version INTEGER NOT NULL DEFAULT 1,"
                " seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX integrations_sync ON integrations(account_id, seq)"),
            QStringLiteral("CREATE TABLE sync_runs(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
                           " integration_id INTEGER NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL,"
                           " started_at INTEGER NOT NULL, finished_at INTEGER, records INTEGER NOT NULL,"
                           " errors INTEGER NOT NULL, error_message TEXT, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX sync_runs_sync ON sync_runs(account_id, seq)"),
            QStringLiteral("CREATE TABLE subscriptions(account_id INTEGER PRIMARY KEY, plan TEXT NOT NULL,"
                           " cycle TEXT NOT NULL, status TEXT NOT NULL, trial_ends_at INTEGER,"
                           " current_period_start INTEGER NOT NULL, current_period_end INTEGER NOT NULL,"
                           " cancel_at_period_end INTEGER NOT NULL, extra_people INTEGER NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE invoices(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, number TEXT NOT "
                "NULL"
                " UNIQUE, customer_name TEXT NOT NULL, website TEXT NOT NULL, billing_address TEXT NOT NULL,"
                " description TEXT NOT NULL, amount_cents INTEGER NOT NULL, currency TEXT NOT NULL,"
                " status TEXT NOT NULL, issued_at INTEGER NOT NULL, period_start INTEGER NOT NULL,"
                " period_end INTEGER NOT NULL, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX invoices_sync ON invoices(account_id, seq)"),
            QStringLiteral(
                "CREATE TABLE audit(id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, user_id INTEGER,"
                " actor_email TEXT, action TEXT NOT NULL, target_type TEXT NOT NULL, target_id INTEGER,"
                " detail TEXT NOT NULL, at INTEGER NOT NULL, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_sync ON audit(account_id, seq)"),
            QStringLiteral(
                "CREATE TABLE tombstones(collection TEXT NOT NULL, item_id INTEGER NOT NULL,"
                " account_id INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(collection, item_id))"),
            QStringLiteral("CREATE INDEX tombstones_sync ON tombstones(account_id, collection, seq)"),
            QStringLiteral(
                "CREATE TABLE idempotency(user_id INTEGER NOT NULL, key TEXT NOT NULL, headers TEXT NOT NULL,"
                " fingerprint BLOB NOT NULL, status INTEGER NOT NULL, content_type TEXT NOT NULL,"
                " body BLOB NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY(user_id, key))"),
            QStringLiteral("CREATE TABLE token_families(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL,"
                           " client_id TEXT NOT NULL, created_at INTEGER NOT NULL, revoked_at INTEGER,"
                           " revoke_reason TEXT)"),
            QStringLiteral("CREATE TABLE refresh_tokens(hash BLOB PRIMARY KEY, family_id INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER)"),
            QStringLiteral("CREATE TABLE access_tokens(hash BLOB PRIMARY KEY, family_id INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX access_tokens_family ON access_tokens(family_id)"),
            QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id)"),
        },
        {
            // 2 (issue #12): an idempotent replay checks the caller's role of now against the one it
            // had, records expire (an index for their purge), and an answer may be recorded without
            // its body.
            QStringLiteral("ALTER TABLE idempotency ADD COLUMN role TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE idempotency ADD COLUMN body_kept INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX idempotency_age ON idempotency(created_at)"),
            // Each password hash keeps its own PBKDF2 round count: those made before (20,000) still
            // verify, and are made again at today's count at the user's next sign-in.
            QStringLiteral("ALTER TABLE users ADD COLUMN password_iterations INTEGER NOT NULL DEFAULT 20000"),
        },
        {
            // 3 (issue #15, lead triage): the ideal customer profile (one row per account that saved
            // one; the others read as the empty profile), hidden companies and target-account lists.
            // Each profile dimension is a weight and a JSON array of values.
            QStringLiteral("CREATE TABLE icp_profiles(account_id INTEGER PRIMARY KEY,"
                           " industries_weight INTEGER NOT NULL, industries TEXT NOT NULL,"
                           " sizes_weight INTEGER NOT NULL, sizes TEXT NOT NULL,"
                           " countries_weight INTEGER NOT NULL, countries TEXT NOT NULL,"
                           " tags_weight INTEGER NOT NULL, tags TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                           " updated_by INTEGER, version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            // Domains are stored normalised (app/core/domainname.h), so the unique indexes are what
            // makes "already excluded" and "already on the list" hold under any spelling.
            QStringLiteral("CREATE TABLE exclusions(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " account_id INTEGER NOT NULL, domain TEXT NOT NULL, reason TEXT NOT NULL,"
                           " note TEXT NOT NULL, created_by INTEGER NOT NULL, created_at INTEGER NOT NULL,"
                           " seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX exclusions_sync ON exclusions(account_id, seq)"),
            QStringLiteral("CREATE UNIQUE INDEX exclusions_domain ON exclusions(account_id, domain)"),
            // name_key is the case-folded name: list names are unique per account ignoring case,
            // beyond the ASCII that SQLite's NOCASE folds.
            QStringLiteral("CREATE TABLE target_lists(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " account_id INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,"
                           " description TEXT NOT NULL, created_by INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                           " version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX target_lists_sync ON target_lists(account_id, seq)"),
            QStringLiteral("CREATE UNIQUE INDEX target_lists_name ON target_lists(account_id, name_key)"),
            QStringLiteral("CREATE TABLE target_accounts(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " account_id INTEGER NOT NULL, list_id INTEGER NOT NULL, domain TEXT NOT NULL,"
                           " name TEXT NOT NULL, created_at INTEGER NOT NULL, seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX target_accounts_sync ON target_accounts(account_id, seq)"),
            QStringLiteral("CREATE UNIQUE INDEX target_accounts_domain ON target_accounts(list_id, domain)"),
        },
        {
            // 4 (issue #16, analytics): page-visit goals and funnels (named per account ignoring
            // case, as target lists are; a funnel's steps are a JSON array), annotations pinned to
            // a day (site_id NULL: every site), and each user's saved segments, one document per
            // user as the ICP profile is one per account.
            QStringLiteral("CREATE TABLE goals(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " account_id INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,"
                           " pattern TEXT NOT NULL, created_by INTEGER NOT NULL, created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
                           " seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX goals_sync ON goals(account_id, seq)"),
            QStringLiteral("CREATE UNIQUE INDEX goals_name ON goals(account_id, name_key)"),
            QStringLiteral("CREATE TABLE funnels(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " account_id INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,"
                           " steps TEXT NOT NULL, created_by INTEGER NOT NULL, created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
                           " seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX funnels_sync ON funnels(account_id, seq)"),
            QStringLiteral("CREATE UNIQUE INDEX funnels_name ON funnels(account_id, name_key)"),
            QStringLiteral("CREATE TABLE annotations(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " account_id INTEGER NOT NULL, site_id INTEGER, day TEXT NOT NULL,"
                           " text TEXT NOT NULL, created_by INTEGER NOT NULL, created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
                           " seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX annotations_sync ON annotations(account_id, seq)"),
            QStringLiteral(
                "CREATE TABLE segment_sets(user_id INTEGER PRIMARY KEY,"
                " account_id INTEGER NOT NULL, segments TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                " version INTEGER NOT NULL DEFAULT 1, seq INTEGER NOT NULL)"),
        },
    };
    return migrations;
}

const QStringList &sequencedTables()
{
    static const QStringList tables = {
        QStringLiteral("accounts"),
        QStringLiteral("users"),
        QStringLiteral("sites"),
        QStringLiteral("leads"),
        QStringLiteral("visits"),
        QStringLiteral("pageviews"),
        QStringLiteral("notes"),
        QStringLiteral("integrations"),
        QStringLiteral("sync_runs"),
        QStringLiteral("subscriptions"),
        QStringLiteral("invoices"),
        QStringLiteral("audit"),
        QStringLiteral("tombstones"),
        QStringLiteral("icp_profiles"),
        QStringLiteral("exclusions"),
        QStringLiteral("target_lists"),
        QStringLiteral("target_accounts"),
        QStringLiteral("goals"),
        QStringLiteral("funnels"),
        QStringLiteral("annotations"),
        QStringLiteral("segment_sets"),
    };
    return tables;
}
