#include "cachelistmodel.h"

#include "account/accountruntime.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"

CacheListModel::CacheListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CacheListModel::reload);
}

AccountRuntime *CacheListModel::runtime() const
{
    return m_runtime.data();
}

void CacheListModel::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    ++m_generation;
    m_reloadTimer.stop();
    const int before = rowCount();
    beginResetModel();
    clear();
    endResetModel();
    if (before != 0)
        Q_EMIT countChanged();
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    if (!runtime) {
        setLoading(false);
        return;
    }
    connect(&runtime->cache(), &CacheReader::collectionChanged, this, [this](Collection collection) {
        if (m_watched.contains(collection))
            scheduleReload(m_reloadDelayMs);
    });
    attached(*runtime);
    reload();
}

void CacheListModel::scheduleReload(int delayMs)
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start(delayMs);
}

void CacheListModel::reload()
{
    m_reloadTimer.stop();
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    setLoading(true);
    load(ws->cache(), ++m_generation);
}

void CacheListModel::finish(quint64 generation, const QString &error)
{
    if (!current(generation))
        return;
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
    setLoading(false);
}

void CacheListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}
