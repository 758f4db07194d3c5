#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// One page of GET /v1/{collection} (docs/api.md section 4), parsed and checked. Parsing runs on the
// database thread, never the GUI thread; a page that is not exactly the documented envelope is
// refused as a whole, so a malformed answer can never half-apply.
struct SyncPage
{
    QString collection;
    QJsonArray items;
    QList<qint64> deleted;
    QString nextCursor;
    bool hasMore = false;
    qint64 remaining = -1; // with count=true: changes left, this page included; else -1
    qint64 bytes = 0;

    static std::optional<SyncPage> parse(const QString &collection, const QByteArray &body, QString *error);
};
