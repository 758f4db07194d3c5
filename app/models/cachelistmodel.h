#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include "storage/collection.h"

class AccountRuntime;
class CacheReader;

// The common part of every list over the cache: which account's runtime it reads, a `loading`
// and an `error` state for the screen, and reloading when the collections it shows change — at
// most once per kReloadDelayMs, so a burst of live events costs one query, not a hundred. A reload
// overtaken by a newer one is dropped when it comes back (generation()), and a model without a
// runtime is simply empty. Subclasses post their query with AccountRuntime::read() in load().
class CacheListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    static constexpr int kReloadDelayMs = 150;

    explicit CacheListModel(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    AccountRuntime *runtime() const;

    bool loading() const { return m_loading; }
    // A change of the cache is being gathered before its reload (the rows do not show it yet, and
    // `loading` is still false): what a caller waits out to know the list is current.
    bool reloadPending() const { return m_reloadTimer.isActive(); }
    QString error() const { return m_error; }
    int count() const { return rowCount(); }

    // Queries again now (also what a changed filter does).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void loadingChanged();
    void errorChanged();
    void countChanged();

protected:
    // The collections whose changes this list shows; set once in the constructor.
    void watch(const Collections &collections) { m_watched = collections; }
    // How long changes are gathered before one reload (kReloadDelayMs unless a list's query is
    // costly enough to want fewer).
    void setReloadDelay(int ms) { m_reloadDelayMs = ms; }
    // Posts the query; call finish() from its result (or right away when there is nothing to do).
    virtual void load(CacheReader &cache, quint64 generation) = 0;
    // Empties the list: the runtime went away.
    virtual void clear() = 0;
    // A new runtime is in place (before the first load): for lists that listen to more than
    // collection changes.
    virtual void attached(AccountRuntime &) { }
    // True when the result of `generation` is still wanted.
    bool current(quint64 generation) const { return generation == m_generation; }
    void finish(quint64 generation, const QString &error = {});
    // Marks a later reload as due (a filter changed); coalesced like a change of the cache.
    void scheduleReload(int delayMs = 0);
    // begin/endResetModel with the count notification, for the common "replace every row".
    template<typename Rows> void replaceRows(Rows &target, Rows rows)
    {
        const int before = rowCount();
        beginResetModel();
        target = std::move(rows);
        endResetModel();
        if (rowCount() != before)
            Q_EMIT countChanged();
    }

private:
    void setLoading(bool loading);

    QPointer<AccountRuntime> m_runtime;
    Collections m_watched;
    QTimer m_reloadTimer;
    quint64 m_generation = 0;
    int m_reloadDelayMs = kReloadDelayMs;
    bool m_loading = false;
    QString m_error;
};
