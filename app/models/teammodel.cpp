#include "teammodel.h"

#include "account/accountruntime.h"
#include "apicall.h"

TeamModel::TeamModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Team});
    setColumns({{"memberId", Column::Int}, {"name", Column::Text}, {"email", Column::Text},
        {"teamRole", Column::Text}, {"createdAt", Column::Time}, {"version", Column::Int},
        {"isMe", Column::Bool}, {"assignable", Column::Bool}});
}

QueryListModel::Query TeamModel::query() const
{
    const AccountRuntime *ws = runtime();
    return {QStringLiteral("SELECT id, name, email, role, created_at, version, id = ?,"
                           " role IN ('owner', 'admin', 'sales') FROM team ORDER BY name COLLATE NOCASE, id"),
        {ws ? ws->record().userId : 0}};
}

QString TeamModel::nameOf(qint64 id) const
{
    const int row = indexOf(QStringLiteral("memberId"), id);
    return row < 0 ? QString() : get(row, QStringLiteral("name")).toString();
}

void TeamModel::changeRole(qint64 memberId, const QString &role)
{
    const int row = indexOf(QStringLiteral("memberId"), memberId);
    if (!runtime() || row < 0)
        return;
    const qint64 version = get(row, QStringLiteral("version")).toLongLong();
    apicall::send(*runtime(), this, "PATCH", QStringLiteral("/team/%1").arg(memberId),
        {{QStringLiteral("role"), role}}, apicall::ifMatch(version), [this](const ApiResult &result) {
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            if (AccountRuntime *ws = runtime())
                ws->applyServerItem(Collection::Team, result.json());
            Q_EMIT actionFinished(true, tr("Role changed."));
        });
}
