#include "leadexport.h"

#include "account/accountruntime.h"
#include "core/atomicfile.h"
#include "leadcondition.h"
#include "leadlistmodel.h"
#include "storage/cachereader.h"
#include "storage/leadcsv.h"

LeadExport::LeadExport(LeadListModel &list)
    : QObject(&list)
    , m_list(list)
{ }

void LeadExport::toCsv(const QUrl &file)
{
    AccountRuntime *runtime = m_list.runtime();
    if (!runtime)
        return;
    if (!file.isLocalFile()) {
        Q_EMIT m_list.actionFinished(false, tr("Choose a file on this computer."));
        return;
    }
    struct Exported
    {
        qint64 rows = -1;
        QString error;
    };
    const leadquery::Condition condition = leadquery::where(m_list.filter());
    const leadcsv::Selection selection {
        condition.sql, condition.binds, leadquery::orderByOverLeads(m_list.sort())};
    ++m_running;
    Q_EMIT busyChanged();
    runtime->cache().scan<Exported>(
        this,
        [selection, path = file.toLocalFile()](SqlDatabase &db) {
            Exported result;
            const bool written = atomicfile::write(
                path,
                [&](QIODevice &out, QString *error) {
                    return (result.rows = leadcsv::write(db, out, error, selection)) >= 0;
                },
                &result.error);
            if (!written)
                result.rows = -1;
            return result;
        },
        [this, path = file.toLocalFile()](const Exported &result) {
            --m_running;
            Q_EMIT busyChanged();
            if (result.rows < 0)
                Q_EMIT m_list.actionFinished(false, tr("Export failed: %1").arg(result.error));
            else
                Q_EMIT m_list.actionFinished(
                    true, tr("Exported %n leads to %1.", nullptr, int(result.rows)).arg(path));
        });
}
