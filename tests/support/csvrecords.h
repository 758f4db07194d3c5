#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 records (quoted cells, doubled quotes, CRLF or LF line ends), for tests that read what
// the app exported. Lenient about a missing final line end; tests/storage/tst_leadcsv has its own
// strict reader for testing the writer itself.
namespace testsupport {
QList<QStringList> parseCsv(const QByteArray &bytes);
} // namespace testsupport
