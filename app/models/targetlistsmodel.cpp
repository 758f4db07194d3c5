#include "targetlistsmodel.h"

#include "account/accountruntime.h"
#include "apicall.h"
#include "storage/cachereader.h"
#include "sync/accountsync.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QJsonArray>

TargetListsModel::TargetListsModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::TargetLists, Collection::TargetAccounts, Collection::Leads});
    setColumns({{"listId", Column::Int}, {"name", Column::Text}, {"description", Column::Text},
        {"accounts", Column::Int}, {"visited", Column::Int}, {"updatedAt", Column::Time}});
}

QueryListModel::Query TargetListsModel::query() const
{
    return {QStringLiteral("SELECT tl.id, tl.name, tl.description,"
                           " (SELECT count(*) FROM target_accounts ta WHERE ta.list_id = tl.id),"
                           " (SELECT count(*) FROM target_accounts ta WHERE ta.list_id = tl.id"
                           "  AND EXISTS (SELECT 1 FROM leads l WHERE l.domain = ta.domain)),"
                           " tl.updated_at FROM target_lists tl ORDER BY tl.name COLLATE NOCASE, tl.id"),
        {}};
}

QString TargetListsModel::nameOf(qint64 listId) const
{
    const int row = indexOf(QStringLiteral("listId"), listId);
    return row < 0 ? QString() : get(row, QStringLiteral("name")).toString();
}

void TargetListsModel::previewFile(const QUrl &file)
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    if (!file.isLocalFile()) {
        Q_EMIT actionFinished(false, tr("Choose a file on this computer."));
        return;
    }
    struct Read
    {
        targetcsv::Result result;
        QString error;
    };
    // The scanning reader is the app's thread for work that takes a while; this touches no SQL.
    const QString path = file.toLocalFile();
    ws->cache().scan<Read>(
        this,
        [path](SqlDatabase &) {
            Read read;
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly)) {
                read.error = tr("Could not open the file: %1").arg(in.errorString());
                return read;
            }
            if (in.size() > targetcsv::kMaxBytes) {
                read.error = tr("The file is larger than 32 MB; split it into smaller files.");
                return read;
            }
            read.result = targetcsv::parse(in.readAll());
            return read;
        },
        [this, name = file.fileName()](const Read &read) {
            m_accounts = read.result.accounts;
            QVariantList problems;
            for (const targetcsv::Problem &p : read.result.problems.mid(0, kShownProblems))
                problems.append(
                    QVariantMap {{QStringLiteral("line"), p.line}, {QStringLiteral("reason"), p.reason}});
            QVariantList sample;
            for (const targetcsv::Account &a : read.result.accounts.mid(0, 20))
                sample.append(
                    QVariantMap {{QStringLiteral("domain"), a.domain}, {QStringLiteral("name"), a.name}});
            m_preview = {{QStringLiteral("file"), name}, {QStringLiteral("rows"), read.result.rows},
                {QStringLiteral("accounts"), int(read.result.accounts.size())},
                {QStringLiteral("duplicates"), read.result.duplicates},
                {QStringLiteral("problemCount"), int(read.result.problems.size())},
                {QStringLiteral("encoding"), read.result.encoding},
                {QStringLiteral("error"), read.error.isEmpty() ? read.result.error : read.error},
                {QStringLiteral("problems"), problems}, {QStringLiteral("sample"), sample}};
            Q_EMIT previewChanged();
        });
}

void TargetListsModel::clearPreview()
{
    m_preview.clear();
    m_accounts.clear();
    Q_EMIT previewChanged();
}

void TargetListsModel::importPreview(qint64 listId, const QString &newName)
{
    AccountRuntime *ws = runtime();
    if (!ws || m_importing || m_accounts.isEmpty())
        return;
    if (!ws->permissions().manageTriage) {
        Q_EMIT actionFinished(false, tr("Only an owner or an admin may import target lists."));
        return;
    }
    m_importing = true;
    m_imported = 0;
    Q_EMIT importingChanged();
    if (listId > 0) {
        sendChunk(listId, 0, 0, 0);
        return;
    }
    apicall::send(*ws, this, "POST", QStringLiteral("/target-lists"),
        {{QStringLiteral("name"), newName.trimmed()}, {QStringLiteral("description"), QString()}}, {},
        [this](const ApiResult &result) {
            if (!result.ok()) {
                finishImport(false, apicall::failureText(result));
                return;
            }
            const QJsonObject list = result.json();
            if (AccountRuntime *current = runtime())
                current->applyServerItem(Collection::TargetLists, list);
            const qint64 id = list.value(QStringLiteral("id")).toInteger();
            Q_EMIT listCreated(id);
            sendChunk(id, 0, 0, 0);
        });
}

void TargetListsModel::sendChunk(qint64 listId, qsizetype from, int added, int merged)
{
    AccountRuntime *ws = runtime();
    if (!ws) {
        finishImport(false, tr("The account was closed during the import."));
        return;
    }
    if (from >= m_accounts.size()) {
        finishImport(true,
            tr("%n account(s) added to the list", "", added) + u' ' + tr("(%n already on it).", "", merged));
        ws->sync().engine().syncNow(); // the live stream brings them too; a sync makes sure
        return;
    }
    QJsonArray accounts;
    for (const targetcsv::Account &a : m_accounts.mid(from, kChunk))
        accounts.append(QJsonObject {{QStringLiteral("domain"), a.domain}, {QStringLiteral("name"), a.name}});
    apicall::send(*ws, this, "POST", QStringLiteral("/target-lists/%1/accounts").arg(listId),
        {{QStringLiteral("accounts"), accounts}}, {},
        [this, listId, from, added, merged, sent = int(accounts.size())](const ApiResult &result) {
            if (!result.ok()) {
                finishImport(false,
                    tr("%n account(s) were added before the import stopped: ", "", added)
                        + apicall::failureText(result));
                return;
            }
            const QJsonObject answer = result.json();
            m_imported += sent;
            Q_EMIT importingChanged();
            sendChunk(listId, from + kChunk, added + answer.value(QStringLiteral("added")).toInt(),
                merged + answer.value(QStringLiteral("merged")).toInt());
        });
}

void TargetListsModel::finishImport(bool ok, const QString &message)
{
    m_importing = false;
    if (ok)
        clearPreview();
    Q_EMIT importingChanged();
    Q_EMIT actionFinished(ok, message);
}

void TargetListsModel::deleteList(qint64 listId)
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    apicall::send(*ws, this, "DELETE", QStringLiteral("/target-lists/%1").arg(listId), {}, {},
        [this](const ApiResult &result) {
            Q_EMIT actionFinished(
                result.ok(), result.ok() ? tr("List deleted.") : apicall::failureText(result));
            if (result.ok())
                if (AccountRuntime *current = runtime())
                    current->sync().engine().syncNow();
        });
}
