#include "exclusionsmodel.h"

#include "account/accountruntime.h"
#include "core/domainname.h"
#include "sync/outbox.h"

#include <QRegularExpression>

#include <memory>

ExclusionsModel::ExclusionsModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Exclusions, Collection::Team, Collection::Leads});
    setColumns({{"exclusionId", Column::Int}, {"domain", Column::Text}, {"reason", Column::Text},
        {"note", Column::Text}, {"createdBy", Column::Text}, {"createdAt", Column::Time},
        {"leads", Column::Int}, {"pending", Column::Bool}});
}

QueryListModel::Query ExclusionsModel::query() const
{
    return {QStringLiteral("SELECT e.id, e.domain, e.reason, e.note, ifnull(t.name, ''), e.created_at,"
                           " (SELECT count(*) FROM leads l WHERE l.domain = e.domain), e.id < 0"
                           " FROM exclusions e LEFT JOIN team t ON t.id = e.created_by"
                           " ORDER BY e.created_at DESC, e.id DESC"),
        {}};
}

QVariant ExclusionsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QVariant value = QueryListModel::data(index, role);
    if (role != ReasonRole)
        return value;
    // The enum's value for QML; an unknown reason from a newer server reads as "other".
    return int(Exclusion::reasonFromWire(value.toString()).value_or(Exclusion::Reason::Other));
}

void ExclusionsModel::hideDomains(const QString &text, int reason, const QString &note)
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    if (!ws->permissions().manageTriage) {
        Q_EMIT actionFinished(false, tr("Only an owner or an admin may hide companies."));
        return;
    }
    QStringList domains;
    QStringList unreadable;
    for (const QString &word :
        text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        const QString domain = domainname::normalise(word);
        if (domain.isEmpty())
            unreadable.append(word.left(60));
        else if (!domains.contains(domain))
            domains.append(domain);
    }
    if (domains.isEmpty()) {
        Q_EMIT actionFinished(false,
            unreadable.isEmpty()
                ? tr("Type or paste the domains to hide, one per line.")
                : tr("None of these is a web domain: %1").arg(unreadable.join(QStringLiteral(", "))));
        return;
    }
    // One op per domain: each works offline and stands on its own if the server refuses one.
    struct Tally
    {
        int left = 0, failed = 0;
        QString error;
    };
    auto tally = std::make_shared<Tally>();
    tally->left = int(domains.size());
    QPointer<ExclusionsModel> self(this);
    const qsizetype count = domains.size();
    for (const QString &domain : std::as_const(domains)) {
        ws->outbox().hideCompany(domain, Exclusion::Reason(reason), note,
            [self, tally, count, unreadable](bool ok, const QString &error, qint64) {
                if (!ok) {
                    ++tally->failed;
                    tally->error = error;
                }
                if (--tally->left > 0 || !self)
                    return;
                QString message
                    = tr("%n company(ies) hidden from the lead list.", "", int(count - tally->failed));
                if (!unreadable.isEmpty())
                    message
                        += u' ' + tr("Not domains, left out: %1.").arg(unreadable.join(QStringLiteral(", ")));
                if (tally->failed > 0)
                    message += u' ' + tally->error;
                Q_EMIT self->actionFinished(tally->failed == 0 && unreadable.isEmpty(), message);
            });
    }
}

void ExclusionsModel::show(qint64 exclusionId)
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    QPointer<ExclusionsModel> self(this);
    ws->outbox().showCompany(exclusionId, [self](bool ok, const QString &error, qint64) {
        if (self)
            Q_EMIT self->actionFinished(ok, ok ? tr("The company is back in the lead list.") : error);
    });
}
