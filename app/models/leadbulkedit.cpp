#include "leadbulkedit.h"

#include "account/accountruntime.h"
#include "leadlistmodel.h"
#include "leadselection.h"
#include "leadvalues.h"
#include "storage/cachereader.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

LeadBulkEdit::LeadBulkEdit(LeadListModel &list)
    : QObject(&list)
    , m_list(list)
{ }

bool LeadBulkEdit::mayEdit()
{
    AccountRuntime *runtime = m_list.runtime();
    if (!runtime || m_list.selection()->count() == 0)
        return false;
    if (!runtime->permissions().editLeads) {
        Q_EMIT m_list.actionFinished(false, tr("Your role may not change leads."));
        return false;
    }
    return true;
}

void LeadBulkEdit::setStatus(const QString &status)
{
    if (!mayEdit())
        return;
    QList<std::pair<qint64, QJsonObject>> edits;
    for (const qint64 id : m_list.selection()->ids())
        edits.append({id, {{QStringLiteral("status"), status}}});
    editEach(edits, [](int n) { return tr("Status changed for %n leads.", nullptr, n); });
}

void LeadBulkEdit::assign(qint64 assigneeId)
{
    if (!mayEdit())
        return;
    const QJsonValue assignee = assigneeId > 0 ? QJsonValue(assigneeId) : QJsonValue();
    QList<std::pair<qint64, QJsonObject>> edits;
    for (const qint64 id : m_list.selection()->ids())
        edits.append({id, {{QStringLiteral("assignee_id"), assignee}}});
    editEach(edits, [](int n) { return tr("Assignee changed for %n leads.", nullptr, n); });
}

void LeadBulkEdit::addTag(const QString &tag)
{
    editTag(tag, true);
}

void LeadBulkEdit::removeTag(const QString &tag)
{
    editTag(tag, false);
}

void LeadBulkEdit::editTag(const QString &tag, bool add)
{
    const QString clean = tag.trimmed().toLower();
    if (clean.isEmpty() || !mayEdit())
        return;
    // Tags are a whole list on the server: each lead's own list, read from the cache, with this
    // tag added or taken out. Leads that already are as asked are left alone.
    ++m_running;
    Q_EMIT busyChanged();
    m_list.runtime()->cache().read<leadquery::Tags>(
        this, [ids = m_list.selection()->ids()](SqlDatabase &db) { return leadquery::tagsOf(db, ids); },
        [this, clean, add, generation = m_generation](const leadquery::Tags &found) {
            if (generation != m_generation)
                return; // read in an account the list has left
            --m_running;
            Q_EMIT busyChanged();
            if (!found.error.isEmpty()) {
                Q_EMIT m_list.actionFinished(
                    false, tr("The leads' tags could not be read: %1").arg(found.error));
                return;
            }
            QList<std::pair<qint64, QJsonObject>> edits;
            for (auto it = found.tags.cbegin(); it != found.tags.cend(); ++it) {
                if (it->contains(clean) == add)
                    continue;
                QStringList tags = *it;
                if (add)
                    tags.append(clean);
                else
                    tags.removeAll(clean);
                edits.append({it.key(), {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}}});
            }
            editEach(edits, [clean, add](int n) {
                return add ? tr("Tag “%1” added to %n leads.", nullptr, n).arg(clean)
                           : tr("Tag “%1” removed from %n leads.", nullptr, n).arg(clean);
            });
        });
}

void LeadBulkEdit::editEach(const QList<std::pair<qint64, QJsonObject>> &edits, const Wording &wording)
{
    AccountRuntime *runtime = m_list.runtime();
    if (!runtime)
        return;
    if (edits.isEmpty()) {
        Q_EMIT m_list.actionFinished(true, wording(0));
        return;
    }
    auto tally = std::make_shared<Tally>();
    tally->generation = m_generation;
    tally->left = edits.size();
    ++m_running;
    Q_EMIT busyChanged();
    const QPointer<LeadBulkEdit> self(this);
    for (const auto &[id, fields] : edits) {
        runtime->outbox().editLead(id, fields, [self, tally, wording](bool ok, const QString &error, qint64) {
            if (ok) {
                ++tally->changed;
            } else if (tally->failed++ == 0) {
                tally->firstError = error;
            }
            if (--tally->left == 0) {
                if (LeadBulkEdit *edit = self.data())
                    edit->finished(*tally, wording);
            }
        });
    }
}

void LeadBulkEdit::abandon()
{
    ++m_generation;
    if (std::exchange(m_running, 0) > 0)
        Q_EMIT busyChanged();
}

void LeadBulkEdit::finished(const Tally &tally, const Wording &wording)
{
    if (tally.generation != m_generation)
        return;
    --m_running;
    Q_EMIT busyChanged();
    const QString changed = wording(tally.changed);
    if (tally.failed == 0) {
        Q_EMIT m_list.actionFinished(true, changed);
        return;
    }
    Q_EMIT m_list.actionFinished(false,
        tr("%1 %n leads could not be changed: %2", nullptr, tally.failed).arg(changed, tally.firstError));
}
