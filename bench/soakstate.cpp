#include "soakstate.h"

#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace soak {
namespace {

// Rows keyed by id, with what must match as the value.
using Rows = QMap<qint64, QString>;

// The server's database through Qt's own SQLite driver, read-only: the server keeps writing.
class ServerReader
{
public:
    explicit ServerReader(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~ServerReader() { QSqlDatabase::removeDatabase(m_name); }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    Rows rows(const QString &sql, const QVariantList &values = {})
    {
        Rows out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return out;
        }
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
        return out;
    }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

Rows cacheRows(SqlDatabase &db, const QString &sql, qint64 from, QString *error)
{
    Rows out;
    SqlStatement q(db, sql);
    if (!q.isValid()) {
        *error = q.error();
        return out;
    }
    q.bind(1, from);
    while (q.step() == SqlStatement::Step::Row)
        out.insert(q.integer(0), q.text(1));
    return out;
}

qint64 differing(const Rows &server, const Rows &cache)
{
    qint64 n = 0;
    for (auto it = server.cbegin(); it != server.cend(); ++it)
        n += cache.value(it.key(), QStringLiteral("\x01missing")) != it.value() ? 1 : 0;
    for (auto it = cache.cbegin(); it != cache.cend(); ++it)
        n += server.contains(it.key()) ? 0 : 1;
    return n;
}

} // namespace

qint64 lastPageViewId(const QString &serverDatabase)
{
    ServerReader server(serverDatabase);
    const Rows last = server.rows(QStringLiteral("SELECT max(id), '' FROM pageviews"));
    return last.isEmpty() ? 0 : last.cbegin().key();
}

Comparison compare(const QString &serverDatabase, const QString &cachePath, const QByteArray &cacheKey,
    qint64 firstSoakEvent)
{
    Comparison c;
    ServerReader server(serverDatabase);
    if (!server.ok()) {
        c.error = server.error();
        return c;
    }
    auto cache = SqlDatabase::open(cachePath, cacheKey, SqlDatabase::Mode::ReadOnly, &c.error);
    if (!cache)
        return c;
    // The signed-in owner's account; the cache holds that account only.
    const Rows account
        = server.rows(QStringLiteral("SELECT account_id, '' FROM users WHERE email = 'owner@acme.example'"));
    const QVariant accountId = account.isEmpty() ? QVariant() : QVariant(account.cbegin().key());
    const Rows serverLeads = server.rows(
        QStringLiteral("SELECT id, version || ' ' || status FROM leads WHERE account_id = ?"), {accountId});
    const Rows serverNotes = server.rows(
        QStringLiteral("SELECT id, version || ' ' || body FROM notes WHERE account_id = ?"), {accountId});
    const Rows serverEvents
        = server.rows(QStringLiteral("SELECT id, '' FROM pageviews WHERE account_id = ? AND id >= ?"),
            {accountId, firstSoakEvent});
    const Rows cacheLeads = cacheRows(
        *cache, QStringLiteral("SELECT id, version || ' ' || status FROM leads WHERE ?1 = ?1"), 0, &c.error);
    const Rows cacheNotes = cacheRows(
        *cache, QStringLiteral("SELECT id, version || ' ' || body FROM notes WHERE ?1 = ?1"), 0, &c.error);
    const Rows cacheEvents = cacheRows(
        *cache, QStringLiteral("SELECT id, '' FROM pageviews WHERE id >= ?1"), firstSoakEvent, &c.error);
    if (!server.error().isEmpty())
        c.error = server.error();
    c.serverEvents = serverEvents.size();
    for (auto it = serverEvents.cbegin(); it != serverEvents.cend(); ++it)
        c.lostEvents += cacheEvents.contains(it.key()) ? 0 : 1;
    c.differingLeads = differing(serverLeads, cacheLeads);
    c.differingNotes = differing(serverNotes, cacheNotes);
    c.equal = c.error.isEmpty() && !serverLeads.isEmpty() && c.lostEvents == 0 && c.differingLeads == 0
        && c.differingNotes == 0 && cacheEvents.size() == serverEvents.size();
    return c;
}

} // namespace soak
