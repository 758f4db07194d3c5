#pragma once

#include "cachelistmodel.h"
#include "sincelastlookquery.h"

#include <QDateTime>
#include <QList>
#include <QVariantMap>

// "Since you last looked": what changed in the cache since the user last marked it seen — new hot
// leads, target accounts that visited, big score rises, leads newly assigned to the user and
// teammates' notes on them (SinceLastLook::Section, in that order). Each section holds its newest
// kPerSection entries, followed by one "and N more" row (MoreRole > 0) when it has more. Computed
// on the reader thread from the cache alone (sincelastlookquery), reloaded as the cache changes;
// markAllSeen() moves the mark to now on the writer. The words of each entry (DetailRole) are made
// here, in the current language.
class SinceLastLookModel : public CacheListModel
{
    Q_OBJECT
    // False until the cache's first sync has finished: nothing is collected before (the first
    // sync is the account, not news).
    Q_PROPERTY(bool marked READ marked NOTIFY digestChanged)
    // When the user last marked it seen (or the first sync ended); invalid while not marked.
    Q_PROPERTY(QDateTime lastLookAt READ lastLookAt NOTIFY digestChanged)
    // Entries in each section (all of them, not only those listed), by SinceLastLook::Section.
    Q_PROPERTY(QList<int> totals READ totals NOTIFY digestChanged)
    Q_PROPERTY(int total READ total NOTIFY digestChanged)
    // The first digest read after the account opened had something in it: the window opens on it.
    Q_PROPERTY(bool newsAtOpen READ newsAtOpen NOTIFY newsAtOpenChanged)

public:
    static constexpr int kPerSection = 8;
    static constexpr int kLiveReloadDelayMs = 1000;

    enum Roles
    {
        SectionRole = Qt::UserRole + 1, // SinceLastLook::Section, as int
        LeadIdRole, // 0 on a "more" row
        NameRole,
        DomainRole,
        DetailRole, // what happened, in words
        TimeRole, // when (UTC QDateTime); invalid on a "more" row
        MoreRole, // on a section's last row: how many entries it has beyond those listed; else 0
    };
    Q_ENUM(Roles)

    explicit SinceLastLookModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool marked() const { return m_digest.mark.set; }
    QDateTime lastLookAt() const;
    QList<int> totals() const;
    int total() const;
    bool newsAtOpen() const { return m_newsAtOpen; }

    // Everything listed now counts as seen: the mark moves to now.
    Q_INVOKABLE void markAllSeen();
    // The lead list's view state (LeadListModel::applyViewState) that shows a section's leads, or
    // more of them, where its filters can; empty where they cannot (score rises, notes).
    Q_INVOKABLE QVariantMap moreView(int section) const;

Q_SIGNALS:
    void digestChanged();
    void newsAtOpenChanged();
    // Only failures are reported (a marked digest simply empties).
    void actionFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void load(CacheReader &cache, quint64 generation) override;
    void clear() override;
    void attached(AccountRuntime &runtime) override;

private:
    struct Row
    {
        sincelastlookquery::Entry entry;
        int more = 0;
        bool operator==(const Row &) const = default;
    };
    void apply(sincelastlookquery::Digest digest);
    QString detail(const Row &row) const;

    sincelastlookquery::Digest m_digest;
    QList<Row> m_rows;
    bool m_firstLoad = false;
    bool m_newsAtOpen = false;
};
