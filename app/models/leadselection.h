#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class LeadListModel;

// The leads picked in a lead list for a bulk edit, by id, so a selection survives paging, live
// refreshes and sorting. Rows are the list's rows: a row not loaded yet cannot be picked by hand,
// while selectAll() takes every lead the list's current query matches (up to kMaxBulk), read on the
// scanning reader. A new query (search, filter) clears it; the list shows it as SelectedRole.
class LeadSelection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    static constexpr int kMaxBulk = 10000;

    explicit LeadSelection(LeadListModel &list);

    int count() const { return int(m_ids.size()); }
    bool contains(qint64 id) const { return m_ids.contains(id); }
    QList<qint64> ids() const { return m_ids.values(); }

    Q_INVOKABLE void setSelected(int row, bool selected);
    Q_INVOKABLE void toggle(int row);
    // Rows first..last that are loaded, in either order (shift-click).
    Q_INVOKABLE void selectRange(int first, int last);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    // SelectedRole changed for these rows (the list tells its views).
    void rowsChanged(int first, int last);

private:
    LeadListModel &m_list;
    QSet<qint64> m_ids;
};
