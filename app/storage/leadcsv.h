#pragma once

#include <QString>
#include <QVariantList>

class QIODevice;
class SqlDatabase;

// Leads from the cache as CSV (RFC 4180, UTF-8 with a header row) for spreadsheets and CRMs.
// Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are
// prefixed with an apostrophe: a lead's name comes from a stranger's website and must not become
// code on the user's machine.
namespace leadcsv {
// Which leads, in which order: an SQL condition on the leads table (alias l) with its bound
// values, and an ORDER BY list (default: by id).
struct Selection
{
    QString where;
    QVariantList binds;
    QString orderBy;
};
// Returns the rows written, or -1 with *error.
qint64 write(SqlDatabase &db, QIODevice &out, QString *error, const Selection &selection);
qint64 write(SqlDatabase &db, QIODevice &out, QString *error, const QString &where = {});
QString cell(const QString &value);
} // namespace leadcsv
