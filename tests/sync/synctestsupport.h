#pragma once

#include "csvrecords.h"

// Shared helpers for the cache and sync end-to-end tests: the real `miraget` executable in a
// profile of its own (own HOME, XDG directories and TMPDIR), signed in through --login with
// miraget-test-browser as $BROWSER; its encrypted cache opened from the test with the key the app
// keeps in the keychain; the server's collections read as their owner by paging GET /v1/{collection};
// and comparisons between the two that name the first differences rather than just "not equal".

#include "appprofile.h"
#include "core/accountregistry.h"
#include "httpclient.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class SqlDatabase;

namespace synctest {

inline const QString kOwner = QStringLiteral("owner@acme.example");
inline const QString kSales = QStringLiteral("sales@acme.example");
inline const QString kViewer = QStringLiteral("viewer@acme.example");

// id → item, ordered so that differences are reported in a stable order.
using Items = QMap<qint64, QJsonObject>;
// collection name (as in /v1/{name}) → its items.
using Snapshot = QMap<QString, Items>;

// Why the keychain cannot hold a secret (write, read back, remove), or empty when it can: the tests
// need the real keyring that ./scripts/test starts and skip with this reason without one.
QString keychainProblem();

// The seed of a test's random choices: MIRAGET_TEST_SEED when set (to replay a failure), else a
// fresh one. Logged either way, so every failure can be reproduced.
quint32 testSeed(const char *what);

// --- the cache -------------------------------------------------------------------------------

// Every collection's rows as API items (CachedCollection::selectSql() and itemFromRow()).
Snapshot readCache(SqlDatabase &db, QString *error);
// The documents table: name → parsed JSON.
QMap<QString, QJsonObject> readDocuments(SqlDatabase &db, QString *error);
// Differences between the chart tables (agg_hourly, agg_visitor_hour, agg_daily_breakdown) and
// the same numbers computed with GROUP BY over the cached pageviews; empty when they agree.
QStringList aggregateDifferences(SqlDatabase &db);
// A first full sync's bulk load (storage/bulkload.h) against what the schema should hold: every
// index and trigger of a fresh cache either exists or is listed in bulk_pending (and then does not
// exist); with nothing pending for leads and notes, the search index and agg_leads_hourly equal
// what the triggers would have kept, computed again from the tables. *pending: what is still set
// aside ("leads", "notes", …). Empty when all agrees.
QStringList derivedDifferences(SqlDatabase &db, QStringList *pending = nullptr);
// The profile's cache files as a killed run left them, copied (WAL included) and opened from the
// copy, so the test's own connection does not replay the WAL in place: the next app run must find
// and recover exactly what the killed one left. nullptr with *error.
std::unique_ptr<SqlDatabase> openCopyOfCache(
    const AppProfile &profile, const QByteArray &key, QString *error);
// `PRAGMA integrity_check` as one string ("ok" when healthy).
QString integrityCheck(SqlDatabase &db);
qint64 rowCount(SqlDatabase &db, const QString &table);

// --- the server ------------------------------------------------------------------------------

// GET that retries what fault injection does to an answer (503, 429 with Retry-After, a cut or
// unparsable body, a dropped connection), so a test can read the truth from a faulty server.
HttpClient::Response getReliably(HttpClient &http, const QString &path, QString *error);
// A whole collection from no cursor to has_more:false; empty with *error on failure.
Items readServerCollection(HttpClient &http, const QString &collection, QString *error);
// Every collection in `collections` (default: all the cache knows).
Snapshot readServer(HttpClient &http, QString *error, const QStringList &collections = {});
QStringList allCollections();
// Collections every role may read (what a viewer syncs).
QStringList everyoneCollections();

// Writes as a signed-in user, each checking its status; empty result / false with *error.
QJsonObject patchLead(HttpClient &http, qint64 id, const QJsonObject &change, QString *error);
QJsonObject addNote(HttpClient &http, qint64 leadId, const QString &body, QString *error);
bool deleteNote(HttpClient &http, qint64 id, QString *error);
QJsonObject eraseVisitor(HttpClient &http, const QString &visitorId, QString *error);

// --- comparing -------------------------------------------------------------------------------

// What differs between the server (`expected`) and the cache (`actual`), at most `max` lines:
// missing and extra ids, and for a differing item each differing field with both values.
QStringList differences(const Snapshot &expected, const Snapshot &actual, int max = 20);
// Checks a --sync-once summary against what the run must have done to get from `before` to `after`
// (the server's state): per collection, upserted = items new or at a new seq, deleted = ids that
// were cached and are gone, cached = the server's count.
QStringList summaryDifferences(const QJsonObject &summary, const Snapshot &before, const Snapshot &after);
// Row counts per collection, for messages.
QString counts(const Snapshot &snapshot);
qint64 totalRows(const Snapshot &snapshot);

// --- files -----------------------------------------------------------------------------------

// Every file under `dir` (recursively), relative path → bytes.
QMap<QString, QByteArray> fileBytes(const QString &dir);
// Which files differ between two fileBytes() results, for a message; empty when identical.
QStringList fileDifferences(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after);
// RFC 4180 records (quoted cells, doubled quotes, CRLF or LF line ends).
using testsupport::parseCsv; // tests/support/csvrecords.h

} // namespace synctest
