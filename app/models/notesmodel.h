#pragma once

#include "querylistmodel.h"

// One lead's notes, newest first, with who wrote them and whether they are still on their way to
// the server (a note written offline has a negative local id until the server assigns one, and is
// the newest of the notes written in the same second).
// Whether the user may change a note follows the server's rule: its author, or an owner or admin.
class NotesModel : public QueryListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 leadId READ leadId WRITE setLeadId NOTIFY leadIdChanged)

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        BodyRole,
        AuthorIdRole,
        AuthorNameRole,
        CreatedAtRole,
        UpdatedAtRole,
        PendingRole,
        EditableRole,
    };
    Q_ENUM(Roles)

    explicit NotesModel(QObject *parent = nullptr);

    qint64 leadId() const { return m_leadId; }
    void setLeadId(qint64 id);

Q_SIGNALS:
    void leadIdChanged();

protected:
    Query query() const override;

private:
    qint64 m_leadId = 0;
};
