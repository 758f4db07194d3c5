#pragma once

#include "core/targetcsv.h"
#include "querylistmodel.h"

#include <QUrl>
#include <QVariantMap>

// The team's target-account lists (server resources, synced): each with how many accounts it
// holds and how many of them have visited (have a lead). Importing a CSV is two steps: preview()
// reads and checks the file off the GUI thread (core/targetcsv: what it could not read and why,
// duplicates merged), then importPreview() creates the list if needed and sends the accounts in
// chunks the server takes (5,000 a request). Owners and admins import and delete; it needs the
// network, and the new accounts then arrive like any other change.
class TargetListsModel : public QueryListModel
{
    Q_OBJECT
    // {rows, accounts, duplicates, encoding, error, problems: [{line, reason}] (at most 100),
    //  sample: [{domain, name}] (the first 20), file}; empty before a preview.
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(bool importing READ importing NOTIFY importingChanged)
    Q_PROPERTY(int imported READ imported NOTIFY importingChanged) // accounts sent so far

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        AccountsRole,
        VisitedRole, // accounts with a lead in the cache
        UpdatedAtRole,
    };
    Q_ENUM(Roles)

    static constexpr int kChunk = 5000; // the server's limit per request
    static constexpr int kShownProblems = 100;

    explicit TargetListsModel(QObject *parent = nullptr);

    QVariantMap preview() const { return m_preview; }
    bool importing() const { return m_importing; }
    int imported() const { return m_imported; }

    Q_INVOKABLE void previewFile(const QUrl &file);
    Q_INVOKABLE void clearPreview();
    // Into the list `listId`, or a new list named `newName` when listId is 0.
    Q_INVOKABLE void importPreview(qint64 listId, const QString &newName);
    Q_INVOKABLE void deleteList(qint64 listId);
    Q_INVOKABLE QString nameOf(qint64 listId) const;

Q_SIGNALS:
    void previewChanged();
    void importingChanged();
    void actionFinished(bool ok, const QString &message);
    void listCreated(qint64 listId);

protected:
    Query query() const override;

private:
    void sendChunk(qint64 listId, qsizetype from, int added, int merged);
    void finishImport(bool ok, const QString &message);

    QVariantMap m_preview;
    QList<targetcsv::Account> m_accounts; // what importPreview() sends
    bool m_importing = false;
    int m_imported = 0;
};
