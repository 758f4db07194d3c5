#include "syncprogress.h"

#include <QLocale>

QString SyncProgress::label(Collection collection)
{
    switch (collection) {
    case Collection::Team:
        return tr("team");
    case Collection::Sites:
        return tr("sites");
    case Collection::Integrations:
        return tr("integrations");
    case Collection::SyncRuns:
        return tr("CRM sync runs");
    case Collection::Invoices:
        return tr("invoices");
    case Collection::Exclusions:
        return tr("hidden companies");
    case Collection::TargetLists:
        return tr("target lists");
    case Collection::TargetAccounts:
        return tr("target accounts");
    case Collection::Goals:
        return tr("goals");
    case Collection::Funnels:
        return tr("funnels");
    case Collection::Annotations:
        return tr("annotations");
    case Collection::Leads:
        return tr("leads");
    case Collection::Notes:
        return tr("notes");
    case Collection::Audit:
        return tr("audit log");
    case Collection::Visits:
        return tr("visits");
    case Collection::Pageviews:
        return tr("page views");
    }
    return {};
}

QString SyncProgress::text() const
{
    const QLocale locale;
    switch (phase) {
    case Phase::Documents:
        return tr("Syncing account…");
    case Phase::Indexes:
        return tr("Preparing %1: building indexes (%2 of %3)…")
            .arg(label(collection), locale.toString(buildDone), locale.toString(buildTotal));
    case Phase::Rows:
        break;
    }
    QString text = collectionTotal > 0
        ? tr("Syncing %1: %2 of %3")
              .arg(label(collection), locale.toString(std::min(collectionItems, collectionTotal)),
                  locale.toString(collectionTotal))
        : tr("Syncing %1: %2").arg(label(collection), locale.toString(collectionItems));
    // A rate and a time left mean something only once a few pages went through.
    if (collectionItems > 0 && collectionPerSecond >= 1)
        text += QStringLiteral(" · ") + tr("%1/s").arg(locale.toString(qint64(collectionPerSecond)));
    if (collectionEtaSeconds > 0) {
        text += QStringLiteral(" · ")
            + (collectionEtaSeconds >= 120
                    ? tr("about %n min left", nullptr, int((collectionEtaSeconds + 30) / 60))
                    : tr("about %n s left", nullptr, int(collectionEtaSeconds)));
    }
    return text;
}
