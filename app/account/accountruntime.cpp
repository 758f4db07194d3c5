#include "accountruntime.h"

#include "auth/session.h"
#include "core/logging.h"
#include "storage/cachedcollection.h"
#include "storage/cachedocuments.h"
#include "storage/cachereader.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/livemessage.h"
#include "sync/outbox.h"
#include "sync/pagewriter.h"
#include "sync/syncengine.h"

#include <QJsonDocument>

AccountRuntime::AccountRuntime(
    std::shared_ptr<Session> session, AccountRegistry::Account account, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_account(std::move(account))
    , m_sync(std::make_unique<AccountSync>(*m_session))
    , m_cache(std::make_unique<CacheReader>())
    , m_permissions(Permissions::forRole(m_account.role))
{
    qRegisterMetaType<Permissions>();
}

AccountRuntime::~AccountRuntime()
{
    // Readers first (their results go nowhere now), then the outbox and sync, which drain the
    // writer thread, before the session they use.
    m_cache.reset();
    m_outbox.reset();
    m_sync.reset();
}

DatabaseThread &AccountRuntime::writer()
{
    return m_sync->database();
}

bool AccountRuntime::open(const QString &databasePath, const QByteArray &key, QString *error)
{
    if (!m_sync->open(databasePath, key, error))
        return false;
    // The writer has migrated the file by now, so readers see the current schema.
    if (!m_cache->open(databasePath, key, error))
        return false;
    m_outbox = std::make_unique<Outbox>(*m_session, m_sync->database());
    CacheReader *cache = m_cache.get();
    connect(m_sync.get(), &AccountSync::collectionChanged, cache, &CacheReader::collectionChanged);
    connect(m_sync.get(), &AccountSync::alertsRaised, cache, &CacheReader::alertsRaised);
    connect(m_outbox.get(), &Outbox::collectionChanged, cache, &CacheReader::collectionChanged);
    connect(&m_sync->engine(), &SyncEngine::documentChanged, this, [this](const QString &name) {
        if (name == u"me")
            loadMe();
        Q_EMIT m_cache->documentChanged(name);
    });
    connect(cache, &CacheReader::collectionChanged, this, [this](Collection collection) {
        if (collection == Collection::Team)
            checkOwnRole();
    });
    loadMe();
    return true;
}

void AccountRuntime::checkOwnRole()
{
    m_cache->read<QString>(
        this,
        [id = m_account.userId](SqlDatabase &db) {
            SqlStatement row(db, QStringLiteral("SELECT role FROM team WHERE id = ?"));
            row.bind(1, id);
            return row.step() == SqlStatement::Step::Row ? row.text(0) : QString();
        },
        [this](const QString &role) {
            const QString known
                = m_me.isEmpty() ? m_account.role : m_me.value(QStringLiteral("role")).toString();
            if (role.isEmpty() || role == known)
                return;
            // A run starts with /me: new permissions, and what the role may no longer read goes.
            qCInfo(lcSync) << "role changed from" << known << "to" << role << "(syncing)";
            m_sync->engine().syncNow();
        });
}

void AccountRuntime::detach(QObject *receiver)
{
    disconnect(this, nullptr, receiver, nullptr);
    disconnect(m_cache.get(), nullptr, receiver, nullptr);
    disconnect(m_sync.get(), nullptr, receiver, nullptr);
    disconnect(&m_sync->engine(), nullptr, receiver, nullptr);
    if (m_outbox) // only once open() succeeded
        disconnect(m_outbox.get(), nullptr, receiver, nullptr);
}

void AccountRuntime::start(int intervalSeconds)
{
    m_sync->start(intervalSeconds);
}

void AccountRuntime::loadMe()
{
    m_cache->read<QJsonObject>(
        this, [](SqlDatabase &db) { return cachedocuments::read(db, QStringLiteral("me")); },
        [this](const QJsonObject &me) {
            if (me.isEmpty())
                return; // not synced yet: the role from sign-in stands
            m_me = me;
            const Permissions now = Permissions::fromMe(me);
            if (now == m_permissions)
                return;
            qCInfo(lcSync) << "permissions changed for role" << me.value(QStringLiteral("role")).toString();
            m_permissions = now;
            Q_EMIT permissionsChanged();
        });
}

void AccountRuntime::applyServerItem(Collection collection, const QJsonObject &item)
{
    LiveMessage message;
    message.type = LiveMessage::Type::Change;
    message.collection = CachedCollection::of(collection).name;
    message.seq = item.value(QStringLiteral("seq")).toInteger();
    message.item = item;
    writer().call<QString>(
        this,
        [message](DatabaseContext &context) {
            Collections changed;
            const PageWriter::Outcome outcome = context.get<PageWriter>().applyLive({message}, &changed);
            return outcome.ok ? QString() : outcome.error;
        },
        [this, collection](const QString &error) {
            if (!error.isEmpty()) {
                qCWarning(lcSync) << "could not keep the server's answer:" << error;
                return;
            }
            Q_EMIT m_cache->collectionChanged(collection);
        });
}

void AccountRuntime::storeDocument(const QString &name, const QJsonObject &document)
{
    writer().call<std::pair<QString, bool>>(
        this,
        [name, body = QJsonDocument(document).toJson(QJsonDocument::Compact)](DatabaseContext &context) {
            std::pair<QString, bool> result; // error, regraded
            context.get<PageWriter>().storeDocument(name, body, &result.first, &result.second);
            return result;
        },
        [this, name](const std::pair<QString, bool> &result) {
            const QString &error = result.first;
            if (result.second)
                Q_EMIT m_cache->collectionChanged(Collection::Leads); // their fit grades moved
            if (!error.isEmpty()) {
                qCWarning(lcSync) << "could not keep the" << name << "document:" << error;
                return;
            }
            if (name == u"me")
                loadMe();
            Q_EMIT m_cache->documentChanged(name);
        });
}
