#include "databasethread.h"

#include "core/handoff.h"
#include "core/logging.h"
#include "databasecontext.h"
#include "sqldatabase.h"

DatabaseThread::DatabaseThread(const QString &name)
{
    m_thread.setObjectName(name);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    handoff::runAndWait(m_worker, [this] { m_context.reset(); });
    m_thread.quit();
    m_thread.wait();
}

bool DatabaseThread::open(const Opener &opener, QString *error)
{
    std::unique_ptr<SqlDatabase> db;
    handoff::runAndWait(m_worker, [&] { db = opener(error); });
    if (!db)
        return false;
    handoff::runAndWait(m_worker, [&] {
        m_context = std::make_unique<DatabaseContext>(std::move(db));
        // The WAL goes into the database file when no job has come for a moment, not inside a
        // sync page's or an edit's commit (SqlDatabase::deferCheckpoints).
        m_context->db().deferCheckpoints(kCheckpointHardLimitPages);
        m_idle = new QTimer(m_worker);
        m_idle->setSingleShot(true);
        m_idle->setInterval(kIdleCheckpointMs);
        QObject::connect(m_idle, &QTimer::timeout, m_worker, [this] {
            if (m_context && !m_context->db().checkpointIfDue())
                qCWarning(lcStorage) << "checkpoint failed:" << m_context->db().lastError();
        });
    });
    return true;
}

void DatabaseThread::post(std::function<void(DatabaseContext &)> job)
{
    Q_ASSERT(m_context);
    handoff::queue(m_worker, [this, job = std::move(job)] {
        job(*m_context);
        m_idle->start();
    });
}

QObject *DatabaseThread::makeRelay(QObject *receiver)
{
    Q_ASSERT(receiver);
    auto *relay = new QObject;
    if (receiver->thread() != relay->thread())
        relay->moveToThread(receiver->thread());
    return relay;
}

void DatabaseThread::waitForIdle()
{
    // Jobs run in posting order, so an empty blocking job returns after all earlier ones.
    handoff::runAndWait(m_worker, [] {});
}
