#include "auth/cachefiles.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/leadcsv.h"
#include "storage/sqldatabase.h"
#include "storagetesthelpers.h"
#include "sync/pagewriter.h"
#include "sync/syncpage.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace storagetest;

// Lead export as CSV (RFC 4180): what a spreadsheet or CRM import reads back must be exactly the
// cache's values, and no cell may start like a formula, because lead names come from strangers'
// websites. The output is checked by parsing it back with a strict reader written here.
class TestLeadCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readerSelfTest();
    void cellQuotesAndGuards_data();
    void cellQuotesAndGuards();
    void headerAndRows();
    void hostileValuesParseBack();
    void whereFilters();
    void emptyCacheWritesOnlyTheHeader();
    void badWhereReportsAnError();

private:
    SqlDatabase &db() { return m_context->db(); }
    void write(const QString &collection, const QJsonArray &items);
    // The export parsed back, header first; nullopt (with a test failure) when it is not RFC 4180.
    std::optional<QList<QStringList>> exportCsv(const QString &where = {}, qint64 *count = nullptr);
    static QJsonObject lead(qint64 id, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseContext> m_context;
    int m_cursor = 0;
};

namespace {
const QStringList kHeader
    = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("site"),
        QStringLiteral("industry"), QStringLiteral("size"), QStringLiteral("country"), QStringLiteral("city"),
        QStringLiteral("score"), QStringLiteral("status"), QStringLiteral("assignee"), QStringLiteral("tags"),
        QStringLiteral("first_visit_at"), QStringLiteral("last_visit_at"), QStringLiteral("visits"),
        QStringLiteral("page_views"), QStringLiteral("crm_state"), QStringLiteral("crm_provider"),
        QStringLiteral("crm_id"), QStringLiteral("created_at"), QStringLiteral("updated_at")};

int column(const char *name)
{
    return int(kHeader.indexOf(QLatin1String(name)));
}

// A strict RFC 4180 reader: records end in CRLF (the last one too), fields are separated by commas,
// a quoted field may hold commas, CR, LF and doubled quotes, an unquoted field may hold no quote at
// all. Anything else is malformed (nullopt), so sloppy output cannot pass by accident.
std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return std::nullopt; // not valid UTF-8
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return records;
    while (true) {
        field.clear();
        if (i < n && text[i] == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return std::nullopt; // a quote inside an unquoted field
                field += text[i++];
            }
        }
        record.append(field);
        if (i >= n)
            return std::nullopt; // the last record must end in CRLF
        if (text[i] == u',') {
            ++i;
            continue;
        }
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            i += 2;
            records.append(record);
            record.clear();
            if (i == n)
                return records;
            continue;
        }
        return std::nullopt; // a bare CR or LF, or text after a closing quote
    }
}
} // namespace

void TestLeadCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    auto opened = CacheFiles::openFile(
        m_dir->filePath(QStringLiteral("cache.db")), SqlDatabase::generateKey(), &error);
    QVERIFY2(opened, qPrintable(error));
    m_context = std::make_unique<DatabaseContext>(std::move(opened));

    write(QStringLiteral("team"),
        {QJsonObject {{QStringLiteral("id"), 7}, {QStringLiteral("email"), QStringLiteral("ana@example.com")},
            {QStringLiteral("name"), QStringLiteral("Ana")},
            {QStringLiteral("role"), QStringLiteral("sales")},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
            {QStringLiteral("version"), 1}, {QStringLiteral("seq"), 1}}});
    write(QStringLiteral("sites"),
        {QJsonObject {{QStringLiteral("id"), 3}, {QStringLiteral("domain"), QStringLiteral("shop.example")},
            {QStringLiteral("tracker_status"), QStringLiteral("active")},
            {QStringLiteral("people_tracked"), 10}, {QStringLiteral("people_limit"), 100},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
            {QStringLiteral("version"), 1}, {QStringLiteral("seq"), 2}}});
}

void TestLeadCsv::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

void TestLeadCsv::write(const QString &collection, const QJsonArray &items)
{
    const CachedCollection *c = CachedCollection::find(collection);
    QVERIFY(c);
    PageWriter &writer = m_context->get<PageWriter>();
    SyncPage page;
    page.collection = collection;
    page.items = items;
    page.nextCursor = QStringLiteral("c%1").arg(++m_cursor);
    const PageWriter::Outcome outcome = writer.apply(*c, page, writer.cursor(*c));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
}

QJsonObject TestLeadCsv::lead(qint64 id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("site_id"), 3}, {QStringLiteral("name"), name},
        {QStringLiteral("domain"), QStringLiteral("lead%1.example").arg(id)},
        {QStringLiteral("industry"), QStringLiteral("Retail")},
        {QStringLiteral("size"), QStringLiteral("51-200")}, {QStringLiteral("country"), QStringLiteral("AU")},
        {QStringLiteral("city"), QStringLiteral("Zürich")}, {QStringLiteral("score"), 87},
        {QStringLiteral("status"), QStringLiteral("qualified")}, {QStringLiteral("assignee_id"), 7},
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("enterprise"), QStringLiteral("hot")}},
        {QStringLiteral("first_visit_at"), QStringLiteral("2024-02-29T23:59:59Z")},
        {QStringLiteral("last_visit_at"), QStringLiteral("2026-11-25T02:22:30Z")},
        {QStringLiteral("visits"), 12}, {QStringLiteral("page_views"), 40},
        {QStringLiteral("crm_state"), QStringLiteral("none")},
        {QStringLiteral("crm_provider"), QJsonValue::Null}, {QStringLiteral("crm_id"), QJsonValue::Null},
        {QStringLiteral("crm_synced_at"), QJsonValue::Null},
        {QStringLiteral("created_at"), QStringLiteral("1999-12-31T23:59:59Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2000-03-01T00:00:00Z")},
        {QStringLiteral("version"), 1}, {QStringLiteral("seq"), 100 + id}};
}

std::optional<QList<QStringList>> TestLeadCsv::exportCsv(const QString &where, qint64 *count)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const qint64 written = leadcsv::write(db(), buffer, &error, where);
    if (count)
        *count = written;
    if (written < 0) {
        qWarning("export failed: %s", qPrintable(error));
        return std::nullopt;
    }
    const std::optional<QList<QStringList>> records = parseCsv(buffer.data());
    if (!records)
        qWarning("not RFC 4180: %s", buffer.data().toPercentEncoding(" ,;:/\"'@=+-").constData());
    return records;
}

void TestLeadCsv::readerSelfTest()
{
    // The reader must refuse what a sloppy writer produces, or its acceptance proves nothing.
    QCOMPARE(parseCsv("a,b\r\n"),
        (std::optional<QList<QStringList>> {{{QStringLiteral("a"), QStringLiteral("b")}}}));
    QCOMPARE(parseCsv("\"a,\"\"b\"\"\r\nc\",\r\n"),
        (std::optional<QList<QStringList>> {{{QStringLiteral("a,\"b\"\r\nc"), QString()}}}));
    QVERIFY(!parseCsv("a,b"));
    QVERIFY(!parseCsv("a,b\n"));
    QVERIFY(!parseCsv("a\"b\r\n"));
    QVERIFY(!parseCsv("\"a\"b\r\n"));
    QVERIFY(!parseCsv("\"a\r\n"));
}

void TestLeadCsv::cellQuotesAndGuards_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Acme, Inc") << QStringLiteral("\"Acme, Inc\"");
    QTest::newRow("quotes") << QStringLiteral("The \"Best\"") << QStringLiteral("\"The \"\"Best\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("unicode") << QStringLiteral("Élan 東京 🚀") << QStringLiteral("Élan 東京 🚀");
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula with comma and quotes") << QStringLiteral(
        "=HYPERLINK(\"http://x\",\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("= later is harmless") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("apostrophe first") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
}

void TestLeadCsv::cellQuotesAndGuards()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(leadcsv::cell(value), expected);
}

void TestLeadCsv::headerAndRows()
{
    QJsonObject unassigned = lead(2, QStringLiteral("Globex"));
    unassigned[QStringLiteral("assignee_id")] = QJsonValue::Null;
    unassigned[QStringLiteral("tags")] = QJsonArray();
    unassigned[QStringLiteral("crm_provider")] = QStringLiteral("hubspot");
    unassigned[QStringLiteral("crm_id")] = QStringLiteral("hs-1");
    QJsonObject strangers = lead(3, QStringLiteral("Initech"));
    strangers[QStringLiteral("assignee_id")] = 999; // not (or no longer) in the team
    strangers[QStringLiteral("site_id")] = 404; // site not synced
    write(QStringLiteral("leads"), {lead(1, QStringLiteral("Acme")), unassigned, strangers});

    qint64 count = 0;
    const std::optional<QList<QStringList>> records = exportCsv({}, &count);
    QVERIFY(records);
    QCOMPARE(count, qint64(3));
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->at(0), kHeader);
    for (const QStringList &record : *records)
        QCOMPARE(record.size(), kHeader.size());

    const QStringList acme = records->at(1);
    const QStringList expected = {QStringLiteral("1"), QStringLiteral("Acme"),
        QStringLiteral("lead1.example"), QStringLiteral("shop.example"), QStringLiteral("Retail"),
        QStringLiteral("51-200"), QStringLiteral("AU"), QStringLiteral("Zürich"), QStringLiteral("87"),
        QStringLiteral("qualified"), QStringLiteral("ana@example.com"), QStringLiteral("enterprise; hot"),
        QStringLiteral("2024-02-29T23:59:59Z"), QStringLiteral("2026-11-25T02:22:30Z"), QStringLiteral("12"),
        QStringLiteral("40"), QStringLiteral("none"), QString(), QString(),
        QStringLiteral("1999-12-31T23:59:59Z"), QStringLiteral("2000-03-01T00:00:00Z")};
    QCOMPARE(acme, expected);

    const QStringList globex = records->at(2);
    QCOMPARE(globex.at(column("assignee")), QString());
    QCOMPARE(globex.at(column("tags")), QString());
    QCOMPARE(globex.at(column("crm_provider")), QStringLiteral("hubspot"));
    QCOMPARE(globex.at(column("crm_id")), QStringLiteral("hs-1"));

    const QStringList initech = records->at(3);
    QCOMPARE(initech.at(column("assignee")), QString());
    QCOMPARE(initech.at(column("site")), QString());
    QCOMPARE(initech.at(column("name")), QStringLiteral("Initech"));
}

void TestLeadCsv::hostileValuesParseBack()
{
    // Each value as a lead's name (and one as a tag and a city); the export must parse back to the
    // value itself, with an apostrophe in front exactly when a spreadsheet would run it.
    const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("Comma, Inc"), QStringLiteral("Comma, Inc")},
        {QStringLiteral("The \"Best\" Ltd"), QStringLiteral("The \"Best\" Ltd")},
        {QStringLiteral("Two\nLines\r\nAnd CRLF"), QStringLiteral("Two\nLines\r\nAnd CRLF")},
        {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("'=cmd|' /C calc'!A0")},
        {QStringLiteral("+1,2"), QStringLiteral("'+1,2")},
        {QStringLiteral("-SUM(1)"), QStringLiteral("'-SUM(1)")},
        {QStringLiteral("@x"), QStringLiteral("'@x")},
        {QStringLiteral("\t=1"), QStringLiteral("'\t=1")},
        {QStringLiteral("\r=1"), QStringLiteral("'\r=1")},
        {QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")"),
            QStringLiteral("'=HYPERLINK(\"http://evil\",\"click\")")},
        {QStringLiteral("Élanbridge 東京 🚀"), QStringLiteral("Élanbridge 東京 🚀")},
        {QStringLiteral("\"\""), QStringLiteral("\"\"")},
        {QStringLiteral(","), QStringLiteral(",")},
    };
    QJsonArray items;
    for (int i = 0; i < names.size(); ++i)
        items.append(lead(i + 1, names[i].first));
    QJsonObject tagged = lead(100, QStringLiteral("Tagged"));
    tagged[QStringLiteral("tags")]
        = QJsonArray {QStringLiteral("=evil()"), QStringLiteral("a,b"), QStringLiteral("q\"t")};
    tagged[QStringLiteral("city")] = QStringLiteral("-Minus");
    tagged[QStringLiteral("domain")] = QStringLiteral("@at.example");
    items.append(tagged);
    write(QStringLiteral("leads"), items);

    const std::optional<QList<QStringList>> records = exportCsv();
    QVERIFY(records);
    QCOMPARE(records->size(), names.size() + 2);
    for (int i = 0; i < names.size(); ++i) {
        const QStringList &record = records->at(i + 1);
        QCOMPARE(record.size(), kHeader.size());
        QCOMPARE(record.at(column("id")), QString::number(i + 1));
        QCOMPARE(record.at(column("name")), names[i].second);
    }
    const QStringList &last = records->last();
    QCOMPARE(last.at(column("tags")), QStringLiteral("'=evil(); a,b; q\"t"));
    QCOMPARE(last.at(column("city")), QStringLiteral("'-Minus"));
    QCOMPARE(last.at(column("domain")), QStringLiteral("'@at.example"));
    // No cell of the whole export starts like a formula.
    for (const QStringList &record : *records) {
        for (const QString &cell : record)
            QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }
}

void TestLeadCsv::whereFilters()
{
    QJsonObject won = lead(2, QStringLiteral("Won Co"));
    won[QStringLiteral("status")] = QStringLiteral("won");
    QJsonObject wonToo = lead(4, QStringLiteral("Also Won"));
    wonToo[QStringLiteral("status")] = QStringLiteral("won");
    wonToo[QStringLiteral("assignee_id")] = QJsonValue::Null;
    write(QStringLiteral("leads"),
        {lead(1, QStringLiteral("Open Co")), won, lead(3, QStringLiteral("Other")), wonToo});

    qint64 count = 0;
    std::optional<QList<QStringList>> records = exportCsv(QStringLiteral("l.status = 'won'"), &count);
    QVERIFY(records);
    QCOMPARE(count, qint64(2));
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0), kHeader);
    QCOMPARE(records->at(1).at(column("name")), QStringLiteral("Won Co"));
    QCOMPARE(records->at(2).at(column("name")), QStringLiteral("Also Won"));
    // Conditions on the joined tables work too (the assignee's email).
    records = exportCsv(QStringLiteral("t.email = 'ana@example.com' AND l.status = 'won'"), &count);
    QVERIFY(records);
    QCOMPARE(count, qint64(1));
    QCOMPARE(records->at(1).at(column("id")), QStringLiteral("2"));
    // No match: just the header.
    records = exportCsv(QStringLiteral("l.score > 100"), &count);
    QVERIFY(records);
    QCOMPARE(count, qint64(0));
    QCOMPARE(records->size(), 1);
}

void TestLeadCsv::emptyCacheWritesOnlyTheHeader()
{
    qint64 count = -1;
    const std::optional<QList<QStringList>> records = exportCsv({}, &count);
    QVERIFY(records);
    QCOMPARE(count, qint64(0));
    QCOMPARE(*records, QList<QStringList> {kHeader});
}

void TestLeadCsv::badWhereReportsAnError()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QCOMPARE(leadcsv::write(db(), buffer, &error, QStringLiteral("no_such_column = 1")), qint64(-1));
    QVERIFY2(error.contains(QStringLiteral("no_such_column")), qPrintable(error));
    QVERIFY(buffer.data().isEmpty()); // nothing half-written
}

QTEST_GUILESS_MAIN(TestLeadCsv)
#include "tst_leadcsv.moc"
