#include "leadselection.h"

#include "account/accountruntime.h"
#include "leadlistmodel.h"
#include "leadquery.h"
#include "storage/cachereader.h"

#include <QLocale>

LeadSelection::LeadSelection(LeadListModel &list)
    : QObject(&list)
    , m_list(list)
{ }

void LeadSelection::setSelected(int row, bool selected)
{
    const qint64 id = m_list.idAt(row);
    if (id == 0 || m_ids.contains(id) == selected)
        return;
    if (selected)
        m_ids.insert(id);
    else
        m_ids.remove(id);
    Q_EMIT rowsChanged(row, row);
    Q_EMIT changed();
}

void LeadSelection::toggle(int row)
{
    const qint64 id = m_list.idAt(row);
    if (id != 0)
        setSelected(row, !m_ids.contains(id));
}

void LeadSelection::selectRange(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    first = std::max(first, 0);
    last = std::min(last, m_list.rowCount() - 1);
    bool grew = false;
    for (int row = first; row <= last; ++row) {
        const qint64 id = m_list.idAt(row);
        if (id != 0 && !m_ids.contains(id)) {
            m_ids.insert(id);
            grew = true;
        }
    }
    if (!grew)
        return;
    Q_EMIT rowsChanged(first, last);
    Q_EMIT changed();
}

void LeadSelection::selectAll()
{
    AccountRuntime *runtime = m_list.runtime();
    if (!runtime)
        return;
    struct Ids
    {
        QList<qint64> ids;
        QString error;
    };
    runtime->cache().scan<Ids>(
        this,
        [filter = m_list.filter(), sort = m_list.sort()](SqlDatabase &db) {
            Ids out;
            out.ids = leadquery::ids(db, filter, sort, kMaxBulk + 1, &out.error);
            return out;
        },
        [this, query = m_list.queryGeneration()](const Ids &result) {
            if (query != m_list.queryGeneration())
                return; // the list shows another query now
            if (!result.error.isEmpty()) {
                Q_EMIT m_list.actionFinished(false, result.error);
                return;
            }
            const bool capped = result.ids.size() > kMaxBulk;
            m_ids = QSet<qint64>(
                result.ids.cbegin(), result.ids.cbegin() + std::min<qsizetype>(result.ids.size(), kMaxBulk));
            Q_EMIT rowsChanged(0, m_list.rowCount() - 1);
            Q_EMIT changed();
            if (capped)
                Q_EMIT m_list.actionFinished(true,
                    tr("Selected the first %1 leads; bulk changes are limited to that many at a time.")
                        .arg(QLocale().toString(kMaxBulk)));
        });
}

void LeadSelection::clear()
{
    if (m_ids.isEmpty())
        return;
    m_ids.clear();
    Q_EMIT rowsChanged(0, m_list.rowCount() - 1);
    Q_EMIT changed();
}
