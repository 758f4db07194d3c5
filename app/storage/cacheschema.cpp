#include "cacheschema.h"

#include "analyticsschema.h"

namespace cacheschema {

namespace {

// Collection tables mirror the API's items (docs/api.md section 4). Times are Unix seconds so ranges
// and hour buckets are integer arithmetic; arrays and objects are compact JSON text; `seq` is the
// server's change number, which lets a live event and a catch-up page arrive in either order.
// Tombstones remember deleted ids (ids are never reused), so a late event or a page read just before
// a deletion cannot bring a deleted row back.
const char *const kCollections = R"sql(
CREATE TABLE team(id INTEGER PRIMARY KEY, email TEXT, name TEXT, role TEXT, created_at INTEGER,
    version INTEGER, seq INTEGER NOT NULL);
CREATE TABLE sites(id INTEGER PRIMARY KEY, domain TEXT, tracker_status TEXT, people_tracked INTEGER,
    people_limit INTEGER, created_at INTEGER, version INTEGER, seq INTEGER NOT NULL);
CREATE TABLE leads(id INTEGER PRIMARY KEY, site_id INTEGER, name TEXT, domain TEXT, industry TEXT,
    size TEXT, country TEXT, city TEXT, score INTEGER, status TEXT, assignee_id INTEGER, tags TEXT,
    first_visit_at INTEGER, last_visit_at INTEGER, visits INTEGER, page_views INTEGER,
    crm_state TEXT, crm_provider TEXT, crm_id TEXT, crm_synced_at INTEGER, created_at INTEGER,
    updated_at INTEGER, version INTEGER, seq INTEGER NOT NULL);
CREATE INDEX leads_last_visit ON leads(last_visit_at);
CREATE INDEX leads_score ON leads(score);
CREATE INDEX leads_status ON leads(status);
CREATE TABLE visits(id INTEGER PRIMARY KEY, site_id INTEGER, lead_id INTEGER, visitor_id TEXT,
    started_at INTEGER, ended_at INTEGER, page_views INTEGER, landing_url TEXT, referrer TEXT,
    utm_source TEXT, utm_medium TEXT, utm_campaign TEXT, device_type TEXT, os TEXT, browser TEXT,
    screen TEXT, country TEXT, city TEXT, seq INTEGER NOT NULL);
CREATE INDEX visits_lead ON visits(lead_id);
CREATE INDEX visits_started ON visits(started_at);
CREATE TABLE pageviews(id INTEGER PRIMARY KEY, site_id INTEGER, visit_id INTEGER, lead_id INTEGER,
    visitor_id TEXT, url TEXT, title TEXT, referrer TEXT, utm_source TEXT, utm_medium TEXT,
    utm_campaign TEXT, time_on_page_s INTEGER, device_type TEXT, os TEXT, browser TEXT, screen TEXT,
    country TEXT, city TEXT, viewed_at INTEGER, seq INTEGER NOT NULL);
CREATE INDEX pageviews_visit ON pageviews(visit_id);
CREATE INDEX pageviews_viewed ON pageviews(viewed_at);
CREATE TABLE notes(id INTEGER PRIMARY KEY, lead_id INTEGER, author_id INTEGER, body TEXT,
    created_at INTEGER, updated_at INTEGER, version INTEGER, seq INTEGER NOT NULL);
CREATE INDEX notes_lead ON notes(lead_id);
CREATE TABLE integrations(id INTEGER PRIMARY KEY, provider TEXT, name TEXT, status TEXT,
    last_sync_at INTEGER, records_imported INTEGER, records_exported INTEGER, error_count INTEGER,
    last_error TEXT, version INTEGER, seq INTEGER NOT NULL);
CREATE TABLE sync_runs(id INTEGER PRIMARY KEY, integration_id INTEGER, "trigger" TEXT, status TEXT,
    started_at INTEGER, finished_at INTEGER, records INTEGER, errors INTEGER, error_message TEXT,
    seq INTEGER NOT NULL);
CREATE INDEX sync_runs_integration ON sync_runs(integration_id, started_at);
CREATE TABLE invoices(id INTEGER PRIMARY KEY, number TEXT, customer_name TEXT, website TEXT,
    billing_address TEXT, description TEXT, amount_cents INTEGER, currency TEXT, status TEXT,
    issued_at INTEGER, period_start INTEGER, period_end INTEGER, seq INTEGER NOT NULL);
CREATE TABLE audit(id INTEGER PRIMARY KEY, user_id INTEGER, actor_email TEXT, action TEXT,
    target_type TEXT, target_id INTEGER, detail TEXT, at INTEGER, seq INTEGER NOT NULL);
CREATE INDEX audit_at ON audit(at);
CREATE TABLE documents(name TEXT PRIMARY KEY, json TEXT NOT NULL, fetched_at INTEGER NOT NULL);
CREATE TABLE tombstones(collection TEXT NOT NULL, id INTEGER NOT NULL, seq INTEGER NOT NULL,
    PRIMARY KEY(collection, id)) WITHOUT ROWID;
)sql";

// Search over name, domain, tags and the lead's notes. FTS4 because the SQLite inside Debian 12's
// SQLCipher (3.15.2) has no FTS5. Kept in step by triggers, so every writer (sync, live events,
// local edits) indexes the same way. INSERT OR REPLACE fires only the insert trigger (recursive
// triggers are off), hence the delete inside it.
const char *const kSearch = R"sql(
CREATE VIRTUAL TABLE leads_fts USING fts4(name, domain, tags, notes, tokenize=unicode61);
CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads BEGIN
    DELETE FROM leads_fts WHERE docid = new.id;
    INSERT INTO leads_fts(docid, name, domain, tags, notes) VALUES(new.id, new.name, new.domain,
        new.tags, (SELECT group_concat(body, ' ') FROM notes WHERE lead_id = new.id));
END;
CREATE TRIGGER leads_fts_update AFTER UPDATE OF name, domain, tags ON leads BEGIN
    UPDATE leads_fts SET name = new.name, domain = new.domain, tags = new.tags WHERE docid = new.id;
END;
CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads BEGIN
    DELETE FROM leads_fts WHERE docid = old.id;
END;
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    UPDATE leads_fts SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE lead_id = new.lead_id)
        WHERE docid = new.lead_id;
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
    UPDATE leads_fts SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE lead_id = new.lead_id)
        WHERE docid = new.lead_id;
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    UPDATE leads_fts SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE lead_id = old.lead_id)
        WHERE docid = old.lead_id;
END;
)sql";

// Chart aggregates, maintained while page views are written so a dashboard never scans raw events.
// Hours and days are Unix hours/days (UTC). agg_visitor_hour is the set behind the distinct visitor
// counts: it lets an hour's count grow by one only for a visitor not yet seen in it, and lets an
// erasure take the visitor out again.
const char *const kAggregates = R"sql(
CREATE TABLE agg_hourly(site_id INTEGER NOT NULL, hour INTEGER NOT NULL, pageviews INTEGER NOT NULL,
    visitors INTEGER NOT NULL, PRIMARY KEY(site_id, hour)) WITHOUT ROWID;
CREATE TABLE agg_visitor_hour(site_id INTEGER NOT NULL, hour INTEGER NOT NULL, visitor_id TEXT NOT NULL,
    PRIMARY KEY(site_id, hour, visitor_id)) WITHOUT ROWID;
CREATE TABLE agg_daily_breakdown(dimension TEXT NOT NULL, site_id INTEGER NOT NULL, day INTEGER NOT NULL,
    value TEXT NOT NULL, pageviews INTEGER NOT NULL, PRIMARY KEY(dimension, site_id, day, value))
    WITHOUT ROWID;
)sql";

// Local edits waiting for the server (the outbox) and the edits the server would not take
// (conflicts). The outbox id is the replay order, never reused (AUTOINCREMENT), so an edit queued
// after a deleted one can never jump ahead of it. `payload` is what the user set, `base` what they
// saw before (the values the three-way merge compares with), `parent_id` the lead of a new note;
// the idempotency key stays with the op while its request is unchanged, so a retry of a write the
// server already committed gets the stored answer instead of running twice. JSON values are text.
const char *const kOutbox = R"sql(
CREATE TABLE outbox(id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK(kind IN ('lead_patch', 'note_create', 'note_update', 'note_delete')),
    target_id INTEGER NOT NULL, parent_id INTEGER, payload TEXT NOT NULL, base TEXT NOT NULL,
    base_version INTEGER NOT NULL DEFAULT 0, idempotency_key TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL);
CREATE INDEX outbox_target ON outbox(target_id);
CREATE TABLE conflicts(id INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT NULL,
    target_id INTEGER NOT NULL, field TEXT NOT NULL, mine TEXT NOT NULL, theirs TEXT NOT NULL,
    reason TEXT NOT NULL, created_at INTEGER NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0);
CREATE INDEX conflicts_open ON conflicts(dismissed, id);
)sql";

// The lead list sorts by any column and filters by most of them over up to a million rows, a
// 100-row page at a time. Each sortable column gets one index, (key, id, status, score), which
// leadquery walks with INDEXED BY: a page is one index range in exactly the list's order (key, then
// id), and the filters on status and score (the pipeline and temperature chips) are decided on the
// index entries, so only the 100 rows shown are read from the table and an anchor scan over a
// million leads never touches it. Names sort case-insensitively; status sorts in pipeline order and
// a missing assignee as 0, through indexes on exactly the expressions leadquery orders by. The
// single-column indexes of migration 2 on last_visit_at, score and status are replaced by these.
// Writing costs: name, domain, last visit and created take inserts at random places, so a sync
// page of 5,000 leads dirties most of their leaf pages, far more than the writer's page cache
// holds (docs/benchmarks.md, "Dashboard and lead list").
const char *const kLeadIndexes = R"sql(
DROP INDEX leads_last_visit;
DROP INDEX leads_score;
DROP INDEX leads_status;
CREATE INDEX leads_last_visit ON leads(last_visit_at, id, status, score);
CREATE INDEX leads_score ON leads(score, id, status);
CREATE INDEX leads_status_rank ON leads((CASE status WHEN 'new' THEN 0 WHEN 'working' THEN 1
    WHEN 'qualified' THEN 2 WHEN 'won' THEN 3 WHEN 'lost' THEN 4 ELSE 5 END), id, status, score);
CREATE INDEX leads_name ON leads(name COLLATE NOCASE, id, status, score);
CREATE INDEX leads_domain ON leads(domain, id, status, score);
CREATE INDEX leads_country ON leads(country, id, status, score);
CREATE INDEX leads_industry ON leads(industry, id, status, score);
CREATE INDEX leads_size ON leads(size, id, status, score);
CREATE INDEX leads_assignee_rank ON leads(ifnull(assignee_id, 0), id, status, score);
CREATE INDEX leads_visits ON leads(visits, id, status, score);
CREATE INDEX leads_page_views ON leads(page_views, id, status, score);
CREATE INDEX leads_created ON leads(created_at, id, status, score);
CREATE INDEX leads_crm_state ON leads(crm_state, id, status, score);
CREATE INDEX leads_assignee ON leads(assignee_id);
CREATE INDEX leads_site ON leads(site_id);
)sql";

// Search as you type ends in a prefix ("bri*"): FTS4 prefix indexes of two and three characters
// read one doclist for it instead of merging those of every term it starts (14 ms → 1 ms for 20,000
// of a million leads, for about 2 µs more per lead written). The triggers of migration 2 keep
// writing to the table by its name.
const char *const kSearchPrefixes = R"sql(
DROP TABLE leads_fts;
CREATE VIRTUAL TABLE leads_fts USING fts4(name, domain, tags, notes, tokenize=unicode61, prefix="2,3");
INSERT INTO leads_fts(docid, name, domain, tags, notes) SELECT id, name, domain, tags,
    (SELECT group_concat(body, ' ') FROM notes WHERE lead_id = leads.id) FROM leads;
)sql";

// The dashboard reads aggregates only, so 90 days over a million events and leads stay a few
// thousand rows (docs/benchmarks.md, "Dashboard and lead list"):
// - agg_leads_hourly: new leads and hot ones (score >= 70) per site and hour
//   of created_at, kept by triggers so every writer (sync pages, live events, local edits) counts
//   alike. INSERT OR REPLACE deletes the old row without a delete trigger (recursive triggers are
//   off), so the BEFORE INSERT trigger takes the old row out while it is still there. The rows are
//   added with INSERT … WHERE NOT EXISTS, not OR IGNORE: a trigger's conflict clause gives way to
//   the outer statement's, and REPLACE would reset the row.
// - agg_visitor_sets: the visitors of each site and hour as a blob of sorted, distinct 64-bit hashes
//   of their ids (EventAggregates::visitorHash, little-endian), kept with agg_visitor_hour by
//   EventAggregates: distinct visitors over any range of hours (and per day or week) are a union
//   of a few thousand blobs instead of a million rows. A rowid table, so a set of a few hundred
//   visitors (a few kB) stays on its leaf page: a WITHOUT ROWID row spills past about 1 kB.
// - agg_visitor_sketches: the same sets as HyperLogLog sketches (3 bytes per register used), which
//   dashboardquery merges instead when a range holds too many visitor-hours to union exactly.
// An hour leaves both with its agg_hourly row (retention, a restarted collection). A cache that had
// visitor hours before this migration is marked in meta; EventAggregates builds both at its next
// write.
const char *const kDashboardAggregates = R"sql(
CREATE TABLE agg_leads_hourly(site_id INTEGER NOT NULL, hour INTEGER NOT NULL, leads INTEGER NOT NULL,
    hot INTEGER NOT NULL, PRIMARY KEY(site_id, hour)) WITHOUT ROWID;
INSERT INTO agg_leads_hourly SELECT ifnull(site_id, 0), created_at / 3600, count(*), sum(ifnull(score >= 70, 0))
    FROM leads WHERE created_at IS NOT NULL GROUP BY 1, 2;
CREATE TRIGGER agg_leads_replace BEFORE INSERT ON leads BEGIN
    UPDATE agg_leads_hourly SET leads = leads - 1,
        hot = hot - (SELECT ifnull(score >= 70, 0) FROM leads WHERE id = new.id)
        WHERE (site_id, hour) = (SELECT ifnull(site_id, 0), created_at / 3600 FROM leads WHERE id = new.id);
END;
CREATE TRIGGER agg_leads_insert AFTER INSERT ON leads WHEN new.created_at IS NOT NULL BEGIN
    INSERT INTO agg_leads_hourly SELECT ifnull(new.site_id, 0), new.created_at / 3600, 0, 0
        WHERE NOT EXISTS (SELECT 1 FROM agg_leads_hourly
            WHERE site_id = ifnull(new.site_id, 0) AND hour = new.created_at / 3600);
    UPDATE agg_leads_hourly SET leads = leads + 1, hot = hot + ifnull(new.score >= 70, 0)
        WHERE site_id = ifnull(new.site_id, 0) AND hour = new.created_at / 3600;
END;
CREATE TRIGGER agg_leads_update AFTER UPDATE OF site_id, created_at, score ON leads BEGIN
    UPDATE agg_leads_hourly SET leads = leads - 1, hot = hot - ifnull(old.score >= 70, 0)
        WHERE site_id = ifnull(old.site_id, 0) AND hour = old.created_at / 3600;
    INSERT INTO agg_leads_hourly SELECT ifnull(new.site_id, 0), new.created_at / 3600, 0, 0
        WHERE new.created_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agg_leads_hourly
            WHERE site_id = ifnull(new.site_id, 0) AND hour = new.created_at / 3600);
    UPDATE agg_leads_hourly SET leads = leads + 1, hot = hot + ifnull(new.score >= 70, 0)
        WHERE site_id = ifnull(new.site_id, 0) AND hour = new.created_at / 3600;
END;
CREATE TRIGGER agg_leads_delete AFTER DELETE ON leads BEGIN
    UPDATE agg_leads_hourly SET leads = leads - 1, hot = hot - ifnull(old.score >= 70, 0)
        WHERE site_id = ifnull(old.site_id, 0) AND hour = old.created_at / 3600;
END;
CREATE TABLE agg_visitor_sets(hour INTEGER NOT NULL, site_id INTEGER NOT NULL, hashes BLOB NOT NULL,
    PRIMARY KEY(hour, site_id));
CREATE TABLE agg_visitor_sketches(hour INTEGER NOT NULL, site_id INTEGER NOT NULL, sketch BLOB NOT NULL,
    PRIMARY KEY(hour, site_id)) WITHOUT ROWID;
CREATE TRIGGER agg_visitor_sets_forget AFTER DELETE ON agg_hourly BEGIN
    DELETE FROM agg_visitor_sets WHERE hour = old.hour AND site_id = old.site_id;
    DELETE FROM agg_visitor_sketches WHERE hour = old.hour AND site_id = old.site_id;
END;
INSERT INTO meta(key, value) SELECT 'agg_visitor_sets', 'build' WHERE EXISTS (SELECT 1 FROM agg_visitor_hour);
)sql";

// Alert rules and what they noticed (app/alerts). The account starts with one rule, a lead
// reaching the dashboard's "hot" score, so the tray has new hot leads to count from the first day.
// (rule_id, event_key) is unique: an event that arrives twice (live, then a catch-up page) or is
// evaluated again after a rolled-back write fires once.
const char *const kAlerts = R"sql(
CREATE TABLE alert_rules(id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1, threshold INTEGER NOT NULL DEFAULT 0,
    pattern TEXT NOT NULL DEFAULT '', companies TEXT NOT NULL DEFAULT '[]',
    direction TEXT NOT NULL DEFAULT 'both', window_hours INTEGER NOT NULL DEFAULT 1,
    min_views INTEGER NOT NULL DEFAULT 20, quiet_minutes INTEGER NOT NULL DEFAULT 0,
    armed_at INTEGER NOT NULL, last_fired_at INTEGER);
CREATE TABLE alerts(id INTEGER PRIMARY KEY AUTOINCREMENT,
    rule_id INTEGER NOT NULL REFERENCES alert_rules(id) ON DELETE CASCADE, kind TEXT NOT NULL,
    event_key TEXT NOT NULL, lead_id INTEGER, subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '', value INTEGER NOT NULL DEFAULT 0, baseline INTEGER NOT NULL DEFAULT 0,
    occurred_at INTEGER NOT NULL, created_at INTEGER NOT NULL, delivered_at INTEGER, seen_at INTEGER,
    UNIQUE(rule_id, event_key));
CREATE INDEX alerts_undelivered ON alerts(id) WHERE delivered_at IS NULL;
CREATE INDEX alerts_unseen ON alerts(kind) WHERE seen_at IS NULL;
INSERT INTO alert_rules(kind, threshold, armed_at) VALUES('hot_lead', 70, CAST(strftime('%s', 'now') AS INTEGER));
)sql";

// A collection's first full sync sets its indexes and triggers aside and writes rows into the bare
// table (storage/bulkload.cpp): what was set aside waits here, each entry with the exact SQL that
// created it, until the collection has caught up and they are built again. Kept in the cache, in
// the transactions that drop and rebuild them, so a crash at any point resumes exactly.
const char *const kBulkLoad = R"sql(
CREATE TABLE bulk_pending(collection TEXT NOT NULL, step INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK(kind IN ('index', 'trigger')), name TEXT NOT NULL, sql TEXT NOT NULL,
    PRIMARY KEY(collection, step)) WITHOUT ROWID;
)sql";

// Lead triage (issue #15). Hidden companies (exclusions) and target-account lists mirror their API
// collections; the ideal customer profile is a document the sync spreads into icp_weights and
// icp_values so SQL can grade with it.
// - Fit is a function of a lead's firmographics only, and a million leads share a few thousand
//   combinations of them: fit_classes holds each combination once with its grade, lead_fit says
//   which class a lead is in. A new profile regrades the classes, not the leads (milliseconds).
//   fit_scores is the one definition of the grade: 0-100, the share of the weight of the
//   profile's dimensions (those with a weight and values) that the class matches, rounded; NULL
//   when the profile has none. `rank` orders classes by fit and is unique, so the lead list can
//   walk leads by fit through fit_classes_rank and lead_fit_class, in order, without sorting.
// - hidden_leads holds the ids of leads whose domain is excluded, so the lead list drops them by id
//   (in every sort index) instead of reading each lead's domain.
// Triggers keep both as leads and exclusions change. Their inner INSERTs avoid OR IGNORE: the outer
// INSERT OR REPLACE would turn it into REPLACE and give a shared class a new id.
// The outbox learns two kinds of edit (hiding and showing a company): its CHECK is rebuilt. A
// "watched company" alert rule may watch a whole target list.
const char *const kTriage = R"sql(
CREATE TABLE exclusions(id INTEGER PRIMARY KEY, domain TEXT, reason TEXT, note TEXT, created_by INTEGER,
    created_at INTEGER, seq INTEGER NOT NULL);
CREATE INDEX exclusions_domain ON exclusions(domain);
CREATE TABLE target_lists(id INTEGER PRIMARY KEY, name TEXT, description TEXT, created_by INTEGER,
    created_at INTEGER, updated_at INTEGER, version INTEGER, seq INTEGER NOT NULL);
CREATE TABLE target_accounts(id INTEGER PRIMARY KEY, list_id INTEGER, domain TEXT, name TEXT,
    created_at INTEGER, seq INTEGER NOT NULL);
CREATE INDEX target_accounts_list ON target_accounts(list_id, domain);
CREATE INDEX target_accounts_domain ON target_accounts(domain, list_id);
CREATE TABLE icp_weights(dimension TEXT PRIMARY KEY, weight INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE icp_values(dimension TEXT NOT NULL, value TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY(dimension, value)) WITHOUT ROWID;
CREATE TABLE fit_classes(id INTEGER PRIMARY KEY, industry TEXT NOT NULL, size TEXT NOT NULL,
    country TEXT NOT NULL, tags TEXT NOT NULL, fit INTEGER, rank INTEGER,
    UNIQUE(industry, size, country, tags));
CREATE UNIQUE INDEX fit_classes_rank ON fit_classes(rank);
CREATE TABLE lead_fit(lead_id INTEGER PRIMARY KEY, class INTEGER NOT NULL);
CREATE INDEX lead_fit_class ON lead_fit(class, lead_id);
CREATE TABLE hidden_leads(lead_id INTEGER PRIMARY KEY);
CREATE VIEW icp_total AS SELECT sum(weight) AS total FROM icp_weights w
    WHERE weight > 0 AND EXISTS (SELECT 1 FROM icp_values v WHERE v.dimension = w.dimension);
CREATE VIEW fit_scores AS SELECT c.id AS class_id, (SELECT CASE WHEN t.total > 0 THEN
    (200 * ifnull((SELECT sum(w.weight) FROM icp_weights w WHERE w.weight > 0 AND EXISTS (
        SELECT 1 FROM icp_values v WHERE v.dimension = w.dimension AND CASE w.dimension
            WHEN 'industry' THEN v.value = c.industry WHEN 'size' THEN v.value = c.size
            WHEN 'country' THEN v.value = c.country
            WHEN 'tag' THEN instr(lower(c.tags), '"' || lower(v.value) || '"') > 0 ELSE 0 END)), 0)
        + t.total) / (2 * t.total) END FROM icp_total t) AS fit FROM fit_classes c;
CREATE TRIGGER lead_fit_insert AFTER INSERT ON leads WHEN NOT EXISTS (SELECT 1 FROM lead_fit f
        JOIN fit_classes c ON c.id = f.class WHERE f.lead_id = new.id AND c.industry = ifnull(new.industry, '')
        AND c.size = ifnull(new.size, '') AND c.country = ifnull(new.country, '')
        AND c.tags = ifnull(new.tags, '[]')) BEGIN
    INSERT INTO fit_classes(industry, size, country, tags) SELECT ifnull(new.industry, ''),
        ifnull(new.size, ''), ifnull(new.country, ''), ifnull(new.tags, '[]') WHERE NOT EXISTS (
        SELECT 1 FROM fit_classes WHERE industry = ifnull(new.industry, '') AND size = ifnull(new.size, '')
            AND country = ifnull(new.country, '') AND tags = ifnull(new.tags, '[]'));
    UPDATE fit_classes SET fit = (SELECT fit FROM fit_scores WHERE class_id = fit_classes.id) WHERE rank IS NULL;
    UPDATE fit_classes SET rank = (ifnull(fit, -1) + 1) * 4294967296 + id WHERE rank IS NULL;
    INSERT OR REPLACE INTO lead_fit(lead_id, class) SELECT new.id, id FROM fit_classes
        WHERE industry = ifnull(new.industry, '') AND size = ifnull(new.size, '')
            AND country = ifnull(new.country, '') AND tags = ifnull(new.tags, '[]');
END;
CREATE TRIGGER lead_fit_update AFTER UPDATE OF industry, size, country, tags ON leads BEGIN
    INSERT INTO fit_classes(industry, size, country, tags) SELECT ifnull(new.industry, ''),
        ifnull(new.size, ''), ifnull(new.country, ''), ifnull(new.tags, '[]') WHERE NOT EXISTS (
        SELECT 1 FROM fit_classes WHERE industry = ifnull(new.industry, '') AND size = ifnull(new.size, '')
            AND country = ifnull(new.country, '') AND tags = ifnull(new.tags, '[]'));
    UPDATE fit_classes SET fit = (SELECT fit FROM fit_scores WHERE class_id = fit_classes.id) WHERE rank IS NULL;
    UPDATE fit_classes SET rank = (ifnull(fit, -1) + 1) * 4294967296 + id WHERE rank IS NULL;
    INSERT OR REPLACE INTO lead_fit(lead_id, class) SELECT new.id, id FROM fit_classes
        WHERE industry = ifnull(new.industry, '') AND size = ifnull(new.size, '')
            AND country = ifnull(new.country, '') AND tags = ifnull(new.tags, '[]');
END;
CREATE TRIGGER lead_fit_delete AFTER DELETE ON leads BEGIN
    DELETE FROM lead_fit WHERE lead_id = old.id;
END;
CREATE TRIGGER hidden_lead_insert AFTER INSERT ON leads BEGIN
    DELETE FROM hidden_leads WHERE lead_id = new.id;
    INSERT INTO hidden_leads(lead_id) SELECT new.id WHERE EXISTS (SELECT 1 FROM exclusions WHERE domain = new.domain);
END;
CREATE TRIGGER hidden_lead_update AFTER UPDATE OF domain ON leads BEGIN
    DELETE FROM hidden_leads WHERE lead_id = new.id;
    INSERT INTO hidden_leads(lead_id) SELECT new.id WHERE EXISTS (SELECT 1 FROM exclusions WHERE domain = new.domain);
END;
CREATE TRIGGER hidden_lead_delete AFTER DELETE ON leads BEGIN
    DELETE FROM hidden_leads WHERE lead_id = old.id;
END;
CREATE TRIGGER hidden_exclusion_replace BEFORE INSERT ON exclusions BEGIN
    DELETE FROM hidden_leads WHERE lead_id IN (SELECT l.id FROM exclusions e JOIN leads l ON l.domain = e.domain
        WHERE e.id = new.id AND e.domain IS NOT new.domain AND NOT EXISTS (SELECT 1 FROM exclusions o
            WHERE o.domain = e.domain AND o.id <> e.id));
END;
CREATE TRIGGER hidden_exclusion_insert AFTER INSERT ON exclusions BEGIN
    INSERT INTO hidden_leads(lead_id) SELECT id FROM leads WHERE domain = new.domain
        AND id NOT IN (SELECT lead_id FROM hidden_leads);
END;
CREATE TRIGGER hidden_exclusion_delete AFTER DELETE ON exclusions BEGIN
    DELETE FROM hidden_leads WHERE lead_id IN (SELECT id FROM leads WHERE domain = old.domain)
        AND NOT EXISTS (SELECT 1 FROM exclusions WHERE domain = old.domain);
END;
INSERT INTO fit_classes(industry, size, country, tags) SELECT DISTINCT ifnull(industry, ''), ifnull(size, ''),
    ifnull(country, ''), ifnull(tags, '[]') FROM leads;
UPDATE fit_classes SET rank = id;
INSERT INTO lead_fit(lead_id, class) SELECT l.id, c.id FROM leads l JOIN fit_classes c
    ON c.industry = ifnull(l.industry, '') AND c.size = ifnull(l.size, '') AND c.country = ifnull(l.country, '')
    AND c.tags = ifnull(l.tags, '[]');
ALTER TABLE outbox RENAME TO outbox_before_triage;
CREATE TABLE outbox(id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK(kind IN ('lead_patch', 'note_create', 'note_update', 'note_delete',
        'exclusion_create', 'exclusion_delete')),
    target_id INTEGER NOT NULL, parent_id INTEGER, payload TEXT NOT NULL, base TEXT NOT NULL,
    base_version INTEGER NOT NULL DEFAULT 0, idempotency_key TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK(state IN ('pending', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL);
INSERT INTO outbox SELECT * FROM outbox_before_triage;
DELETE FROM sqlite_sequence WHERE name = 'outbox';
UPDATE sqlite_sequence SET name = 'outbox' WHERE name = 'outbox_before_triage';
DROP TABLE outbox_before_triage;
CREATE INDEX outbox_target ON outbox(target_id);
ALTER TABLE alert_rules ADD COLUMN target_list_id INTEGER;
)sql";

// "Since you last looked" (issue #15, models/sincelastlookquery): what changed in the cache since
// the user last marked the digest seen. The mark is in meta ('last_look_at', Unix seconds, with
// the highest lead and note ids cached then; storage/lastlook.cpp writes it). Creations and visits
// are told from those and from the leads' own columns; a score or an assignee is not, so
// lead_seen keeps a lead's score and assignee as they were at the mark: the triggers copy them
// the first time either changes after it, and never again until the next mark empties the table.
// Nothing is kept while no mark exists (a cache's first sync is not news: the mark is set when it
// ends). INSERT OR REPLACE fires only the insert trigger (recursive triggers are off), so the
// BEFORE INSERT trigger reads the row about to be replaced while it is still there. Its INSERT
// tests NOT EXISTS first, never leaning on a conflict clause: a trigger's gives way to the outer
// statement's, and REPLACE would overwrite the values kept at the first change. A first full sync
// sets these triggers aside with the others of leads (storage/bulkload.cpp), and nothing needs
// recomputing when they return: what they keep is history, not a function of the table.
const char *const kSinceLastLook = R"sql(
CREATE TABLE lead_seen(lead_id INTEGER PRIMARY KEY, score INTEGER, assignee_id INTEGER);
CREATE TRIGGER lead_seen_replace BEFORE INSERT ON leads
    WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'last_look_at') BEGIN
    INSERT INTO lead_seen(lead_id, score, assignee_id) SELECT id, score, assignee_id FROM leads
        WHERE id = new.id AND (score IS NOT new.score OR assignee_id IS NOT new.assignee_id)
            AND NOT EXISTS (SELECT 1 FROM lead_seen WHERE lead_id = new.id);
END;
CREATE TRIGGER lead_seen_update AFTER UPDATE OF score, assignee_id ON leads
    WHEN (old.score IS NOT new.score OR old.assignee_id IS NOT new.assignee_id)
        AND EXISTS (SELECT 1 FROM meta WHERE key = 'last_look_at') BEGIN
    INSERT INTO lead_seen(lead_id, score, assignee_id) SELECT old.id, old.score, old.assignee_id
        WHERE NOT EXISTS (SELECT 1 FROM lead_seen WHERE lead_id = old.id);
END;
CREATE TRIGGER lead_seen_delete AFTER DELETE ON leads BEGIN
    DELETE FROM lead_seen WHERE lead_id = old.id;
END;
)sql";

} // namespace

const QList<migrations::Migration> &all()
{
    static const QList<migrations::Migration> list = {
        {QStringLiteral("sync bookkeeping"),
            QStringLiteral("CREATE TABLE sync_state(collection TEXT PRIMARY KEY, cursor TEXT NOT NULL,"
                           " synced_at INTEGER NOT NULL);"
                           "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);")},
        {QStringLiteral("collections, search and chart aggregates"),
            QString::fromLatin1(kCollections) + QString::fromLatin1(kSearch)
                + QString::fromLatin1(kAggregates)},
        {QStringLiteral("outbox and conflicts"), QString::fromLatin1(kOutbox)},
        {QStringLiteral("lead list indexes, search prefixes and dashboard aggregates"),
            QString::fromLatin1(kLeadIndexes) + QString::fromLatin1(kSearchPrefixes)
                + QString::fromLatin1(kDashboardAggregates)},
        {QStringLiteral("alert rules and alerts"), QString::fromLatin1(kAlerts)},
        {QStringLiteral("indexes set aside during a first full sync"), QString::fromLatin1(kBulkLoad)},
        {QStringLiteral("hidden companies, target-account lists and ICP fit"), QString::fromLatin1(kTriage)},
        {QStringLiteral("what changed since the last look"), QString::fromLatin1(kSinceLastLook)},
        {QStringLiteral("goals, funnels and annotations"),
            QString::fromLatin1(analyticsschema::kDefinitions)},
    };
    return list;
}

} // namespace cacheschema
