#include "cachelistmodel.h"

#include "sync/accountworkspace.h"

CacheListModel::CacheListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CacheListModel::reload);
}

AccountWorkspace *CacheListModel::workspace() const
{
    return m_workspace.data();
}

void CacheListModel::watch(const QStringList &collections)
{
    m_watched = QSet<QString>(collections.cbegin(), collections.cend());
}

void CacheListModel::setWorkspace(AccountWorkspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
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
    if (!workspace) {
        setLoading(false);
        return;
    }
    connect(workspace, &AccountWorkspace::collectionChanged, this, [this](const QString &collection) {
        if (m_watched.contains(collection))
            scheduleReload(kReloadDelayMs);
    });
    attached(*workspace);
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
    AccountWorkspace *ws = m_workspace;
    if (!ws)
        return;
    setLoading(true);
    load(*ws, ++m_generation);
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
