#include "auditlogmodel.h"

#include <QDateTime>

namespace {
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}
} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Audit});
    setColumns({{"entryId", Column::Int}, {"action", Column::Text}, {"at", Column::Time},
        {"actor", Column::Text}, {"targetType", Column::Text}, {"targetId", Column::Int},
        {"detail", Column::Json}, {"detailText", Column::Text}});
}

QStringList AuditLogModel::categories() const
{
    return {QStringLiteral("auth"), QStringLiteral("account"), QStringLiteral("team"), QStringLiteral("lead"),
        QStringLiteral("note"), QStringLiteral("subscription"), QStringLiteral("integration"),
        QStringLiteral("privacy"), QStringLiteral("user"), QStringLiteral("icp"), QStringLiteral("exclusion"),
        QStringLiteral("target_list"), QStringLiteral("target_account")};
}

void AuditLogModel::filterEdited()
{
    m_limit = kPage;
    Q_EMIT filterChanged();
    scheduleReload(kReloadDelayMs);
}

void AuditLogModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    filterEdited();
}

void AuditLogModel::setActor(const QString &actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    filterEdited();
}

void AuditLogModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    filterEdited();
}

void AuditLogModel::setFrom(const QDate &date)
{
    if (date == m_from)
        return;
    m_from = date;
    filterEdited();
}

void AuditLogModel::setTo(const QDate &date)
{
    if (date == m_to)
        return;
    m_to = date;
    filterEdited();
}

void AuditLogModel::clearFilters()
{
    m_category.clear();
    m_actor.clear();
    m_text.clear();
    m_from = {};
    m_to = {};
    filterEdited();
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() >= m_limit;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_limit += kPage;
    scheduleReload();
}

QueryListModel::Query AuditLogModel::query() const
{
    QStringList where;
    QVariantList binds;
    if (!m_category.isEmpty()) {
        where.append(QStringLiteral("action LIKE ? ESCAPE '\\'"));
        binds.append(likePattern(m_category + u'.').mid(1)); // a prefix, not a substring
    }
    if (!m_actor.isEmpty()) {
        where.append(QStringLiteral("actor_email LIKE ? ESCAPE '\\'"));
        binds.append(likePattern(m_actor));
    }
    if (!m_text.trimmed().isEmpty()) {
        where.append(QStringLiteral("(action LIKE ?1x ESCAPE '\\' OR detail LIKE ?1x ESCAPE '\\'"
                                    " OR target_type LIKE ?1x ESCAPE '\\')")
                         .replace(QStringLiteral("?1x"), QStringLiteral("?%1").arg(binds.size() + 1)));
        binds.append(likePattern(m_text.trimmed()));
    }
    if (m_from.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        binds.append(m_from.startOfDay().toSecsSinceEpoch());
    }
    if (m_to.isValid()) {
        where.append(QStringLiteral("at < ?"));
        binds.append(m_to.addDays(1).startOfDay().toSecsSinceEpoch());
    }
    const QString condition
        = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return {QStringLiteral(
                "SELECT id, action, at, actor_email, target_type, target_id, detail, detail FROM audit%1"
                " ORDER BY at DESC, id DESC LIMIT %2")
                .arg(condition)
                .arg(m_limit),
        binds};
}
