#include "auditwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace seeding {

bool writeAudit(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q
        = rows.statement(u"INSERT INTO audit(id, account_id, user_id, actor_email, action, target_type,"
                         " target_id, detail, at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    qint64 id = 0;
    for (const AuditSeed &e : plan.audit) {
        if (!rows.insert(q, "audit",
                {++id, e.accountId, e.userId, e.actorEmail, e.action, e.targetType, e.targetId,
                    QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)), e.at,
                    rows.seq()}))
            return false;
    }
    return true;
}

} // namespace seeding
