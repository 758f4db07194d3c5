#include "teammodel.h"

#include "apicall.h"
#include "sync/accountworkspace.h"

TeamModel::TeamModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({QStringLiteral("team")});
    setColumns({{"memberId", Column::Int}, {"name", Column::Text}, {"email", Column::Text},
        {"teamRole", Column::Text}, {"createdAt", Column::Time}, {"version", Column::Int},
        {"isMe", Column::Bool}, {"assignable", Column::Bool}});
}

QueryListModel::Query TeamModel::query() const
{
    const AccountWorkspace *ws = workspace();
    return {QStringLiteral("SELECT id, name, email, role, created_at, version, id = ?,"
                           " role IN ('owner', 'admin', 'sales') FROM team ORDER BY name COLLATE NOCASE, id"),
        {ws ? ws->account().userId : 0}};
}

QString TeamModel::nameOf(qint64 id) const
{
    const int row = indexOf(QStringLiteral("memberId"), id);
    return row < 0 ? QString() : get(row, QStringLiteral("name")).toString();
}

void TeamModel::changeRole(qint64 memberId, const QString &role)
{
    const int row = indexOf(QStringLiteral("memberId"), memberId);
    if (!workspace() || row < 0)
        return;
    const qint64 version = get(row, QStringLiteral("version")).toLongLong();
    apicall::send(*workspace(), this, "PATCH", QStringLiteral("/team/%1").arg(memberId),
        {{QStringLiteral("role"), role}}, apicall::ifMatch(version), [this](const ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            if (AccountWorkspace *ws = workspace())
                ws->applyServerItem(QStringLiteral("team"), result.json());
            Q_EMIT actionFinished(true, tr("Role changed."));
        });
}
