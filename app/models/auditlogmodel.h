#pragma once

#include "querylistmodel.h"

#include <QDate>

// The account's audit log, newest first, for owners and admins: who did what to which record.
// Filters by kind of action (the part before the dot: lead, note, team, subscription, auth …), by
// who did it, by words in the action or its details, and by date; "load more" extends the window.
class AuditLogModel : public QueryListModel
{
    Q_OBJECT
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(QString actor READ actor WRITE setActor NOTIFY filterChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY filterChanged)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)

public:
    static constexpr int kPage = 200;

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        ActionRole,
        AtRole,
        ActorRole,
        TargetTypeRole,
        TargetIdRole,
        DetailRole, // the detail object, as a map
        DetailTextRole, // the same as compact JSON, for display and search
    };
    Q_ENUM(Roles)

    explicit AuditLogModel(QObject *parent = nullptr);

    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QString actor() const { return m_actor; }
    void setActor(const QString &actor);
    QString text() const { return m_text; }
    void setText(const QString &text);
    QDate from() const { return m_from; }
    void setFrom(const QDate &date);
    QDate to() const { return m_to; }
    void setTo(const QDate &date);
    QStringList categories() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Q_INVOKABLE void clearFilters();

Q_SIGNALS:
    void filterChanged();

protected:
    Query query() const override;

private:
    void filterEdited();

    QString m_category;
    QString m_actor;
    QString m_text;
    QDate m_from;
    QDate m_to;
    int m_limit = kPage;
};
