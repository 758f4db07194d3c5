#include "targetcsv.h"

#include "domainname.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace targetcsv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("targetcsv", text);
}

// The bytes as text, and the encoding's name.
QString decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder utf16(
            bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return utf16(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Spreadsheets on Windows still save "CSV" in the ANSI code page; Latin-1 is its close cousin
    // and maps every byte, so a name with é comes out right and nothing is dropped.
    *encoding = QStringLiteral("Windows-1252");
    return QString::fromLatin1(bytes);
}

QChar separatorOf(QStringView firstLine)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    return semicolon > comma ? u';' : u',';
}

struct Row
{
    QStringList cells;
    int line = 0;
};

// RFC 4180 with the usual leniencies: CRLF or LF, a quote inside an unquoted cell kept as it is.
QList<Row> rowsOf(const QString &text, QChar separator)
{
    QList<Row> rows;
    Row row;
    QString cell;
    bool quoted = false;
    int line = 1;
    row.line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty()) {
            quoted = true;
        } else if (c == separator) {
            row.cells.append(cell);
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.cells.append(cell);
            cell.clear();
            rows.append(row);
            row = {};
            row.line = ++line;
        } else {
            cell.append(c);
        }
    }
    if (!cell.isEmpty() || !row.cells.isEmpty()) {
        row.cells.append(cell);
        rows.append(row);
    }
    return rows;
}

int columnOf(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < header.size(); ++i) {
            QString h = header.at(i).trimmed().toLower();
            h.replace(u'_', u' ');
            if (h == QLatin1String(name))
                return i;
        }
    }
    return -1;
}

bool blank(const Row &row)
{
    return std::all_of(
        row.cells.cbegin(), row.cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

// A cell a spreadsheet would run: =HYPERLINK(…), +1+1, -2+3, @SUM(…) (OWASP, CSV injection).
bool formula(const QString &cell)
{
    const QString t = cell.trimmed();
    return !t.isEmpty() && QStringLiteral("=+-@").contains(t.front());
}
} // namespace

Result parse(const QByteArray &bytes)
{
    Result result;
    if (bytes.size() > kMaxBytes) {
        result.error = tr("The file is larger than 32 MB; split it into smaller files.");
        return result;
    }
    const QString text = decode(bytes, &result.encoding);
    if (text.trimmed().isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    const QList<Row> rows = rowsOf(text, separatorOf(QStringView(text).left(text.indexOf(u'\n'))));
    qsizetype first = 0;
    while (first < rows.size() && blank(rows.at(first)))
        ++first;
    const QStringList header = rows.value(first).cells;
    int domainColumn = columnOf(
        header, {"domain", "website", "company domain", "company website", "url", "web site", "site"});
    int nameColumn = columnOf(header,
        {"name", "company", "company name", "account name", "account", "organisation", "organization"});
    if (domainColumn >= 0) {
        ++first; // a header
    } else if (!header.isEmpty() && !domainname::normalise(header.at(0)).isEmpty()) {
        domainColumn = 0; // no header: domains first, then perhaps names
        nameColumn = header.size() > 1 ? 1 : -1;
    } else {
        result.error = tr("No column of domains was found. Name it “Domain” or “Website” in the first row, "
                          "or put the domains in the first column.");
        return result;
    }
    QHash<QString, qsizetype> seen;
    for (qsizetype r = first; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (blank(row))
            continue;
        ++result.rows;
        const QString raw = row.cells.value(domainColumn).trimmed();
        if (raw.isEmpty()) {
            result.problems.append({row.line, tr("No domain on this row.")});
            continue;
        }
        const QString domain = formula(raw) ? QString() : domainname::normalise(raw);
        if (domain.isEmpty()) {
            result.problems.append({row.line,
                formula(raw) ? tr("The domain cell is a spreadsheet formula, not a domain.")
                             : tr("“%1” is not a web domain.").arg(raw.left(80))});
            continue;
        }
        QString name = nameColumn >= 0 ? row.cells.value(nameColumn).trimmed() : QString();
        if (formula(name)) {
            result.problems.append({row.line, tr("The name is a spreadsheet formula; it was left out.")});
            name.clear();
        }
        name.truncate(200);
        const auto known = seen.constFind(domain);
        if (known != seen.cend()) {
            ++result.duplicates;
            Account &earlier = result.accounts[*known];
            if (earlier.name.isEmpty())
                earlier.name = name;
            continue;
        }
        seen.insert(domain, result.accounts.size());
        result.accounts.append({domain, name, row.line});
    }
    if (result.accounts.isEmpty() && result.error.isEmpty())
        result.error = tr("No row of the file holds a domain that could be read.");
    return result;
}

} // namespace targetcsv
