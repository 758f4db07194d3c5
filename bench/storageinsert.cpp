// The cost of encryption: the same page-view rows inserted through the same code path
// (SqlStatement, prepared once, 5,000 rows per transaction) into SQLCipher with the account's raw
// key and into the same library with no key (plain SQLite). Runs alternate and the best of each is
// kept, so both see the same machine state. Prints one JSON object for ./scripts/bench.
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
constexpr int kBatch = 5000;

const char *kSchema
    = "CREATE TABLE pageviews(id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL, visit_id INTEGER NOT NULL,"
      " lead_id INTEGER, visitor_id TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL,"
      " referrer TEXT NOT NULL, utm_source TEXT, time_on_page_s INTEGER NOT NULL,"
      " device_type TEXT NOT NULL, os TEXT NOT NULL, browser TEXT NOT NULL, screen TEXT NOT NULL,"
      " country TEXT, viewed_at INTEGER NOT NULL, seq INTEGER NOT NULL);"
      "CREATE INDEX pageviews_time ON pageviews(viewed_at);";

// Insert rate in rows per second, or a negative number on failure.
double insertRows(SqlDatabase &db, int rows)
{
    if (!db.exec(QString::fromLatin1(kSchema)))
        return -1;
    QRandomGenerator random(42);
    const QString paths[] = {QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/features"),
        QStringLiteral("/blog/b2b-intent-data"), QStringLiteral("/docs/getting-started")};
    SqlStatement insert(db,
        QStringLiteral("INSERT INTO pageviews VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < rows;) {
        SqlTransaction tx(db);
        for (int i = 0; i < kBatch && done < rows; ++i, ++done) {
            const QString &path = paths[random.bounded(5)];
            insert.bind(1, qint64(done + 1))
                .bind(2, qint64(1 + random.bounded(3)))
                .bind(3, qint64(done / 4 + 1))
                .bind(4, random.bounded(10) < 6 ? QVariant(qint64(random.bounded(100000))) : QVariant())
                .bind(5, QStringLiteral("v_%1").arg(random.generate(), 8, 16, QLatin1Char('0')))
                .bind(6, QStringLiteral("https://acme-analytics.example") + path)
                .bind(7, QStringLiteral("Acme Analytics — page ") + path)
                .bind(8, QStringLiteral("https://www.google.com/"))
                .bind(9, random.bounded(10) < 3 ? QVariant(QStringLiteral("linkedin")) : QVariant())
                .bind(10, qint64(5 + random.bounded(300)))
                .bind(11, QStringLiteral("desktop"))
                .bind(12, QStringLiteral("Windows"))
                .bind(13, QStringLiteral("Chrome"))
                .bind(14, QStringLiteral("1920x1080"))
                .bind(15, QStringLiteral("GB"))
                .bind(16, qint64(1760000000 + done * 7))
                .bind(17, qint64(done + 1));
            if (!insert.execute())
                return -1;
        }
        if (!tx.commit())
            return -1;
    }
    return rows * 1000.0 / double(std::max<qint64>(1, timer.elapsed()));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per run."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each kind."),
        QStringLiteral("n"), QStringLiteral("2"));
    parser.addOptions({rowsOption, runsOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    QTemporaryDir dir;
    double bestEncrypted = 0, bestPlain = 0;
    for (int run = 0; run < runs; ++run) {
        QString error;
        {
            auto db = SqlDatabase::open(dir.filePath(QStringLiteral("enc%1.db").arg(run)),
                SqlDatabase::generateKey(), SqlDatabase::Mode::OpenOrCreate, &error);
            const double rate = db ? insertRows(*db, rows) : -1;
            if (rate < 0) {
                QTextStream(stderr) << "encrypted run failed: " << error << Qt::endl;
                return 1;
            }
            bestEncrypted = std::max(bestEncrypted, rate);
        }
        {
            auto db
                = SqlDatabase::openUnencrypted(dir.filePath(QStringLiteral("plain%1.db").arg(run)), &error);
            const double rate = db ? insertRows(*db, rows) : -1;
            if (rate < 0) {
                QTextStream(stderr) << "plain run failed: " << error << Qt::endl;
                return 1;
            }
            bestPlain = std::max(bestPlain, rate);
        }
    }
    const QJsonObject out {{QStringLiteral("raw_sqlcipher_rows_per_s"), bestEncrypted},
        {QStringLiteral("plain_sqlite_rows_per_s"), bestPlain},
        {QStringLiteral("sqlcipher_time_vs_plain"), bestPlain / bestEncrypted},
        {QStringLiteral("storage_insert_rows"), rows}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
