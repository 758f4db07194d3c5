#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

// The API's timestamps ("2026-11-25T02:22:30Z", UTC, whole seconds) to and from Unix seconds.
// Hand-written because sync converts several per row for millions of rows, and QDateTime's
// string parsing costs more than writing the row; anything that is not exactly this shape is
// rejected (nullopt) so that a malformed timestamp is an error, never a wrong time.
namespace isotime {
std::optional<qint64> parse(QStringView text);
QString format(qint64 unixSeconds);
} // namespace isotime
