// What the parts of bench_workspace share: timing, a reader connection, how figures are written.

#include "workspacefigures.h"

#include "account/accountruntime.h"
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/sessionloader.h"
#include "auth/signedinaccounts.h"
#include "benchsupport.h"
#include "core/appversion.h"
#include "models/dashboardquery.h"
#include "models/leaddetail.h"
#include "models/leadquery.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace workspacefigures {
double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

std::unique_ptr<SqlDatabase> openReader(const QString &path, const QByteArray &key)
{
    QString error;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::ReadOnly, &error);
    if (!db)
        err() << "cannot open the cache: " << error << Qt::endl;
    return db;
}

void addStats(QJsonObject &out, const QString &prefix, const bench::Stats &s)
{
    out.insert(prefix + QStringLiteral("_p50_ms"), s.p50);
    out.insert(prefix + QStringLiteral("_p95_ms"), s.p95);
    out.insert(prefix + QStringLiteral("_max_ms"), s.max);
}

QString describe(const bench::Stats &s)
{
    return QStringLiteral("n %1, p50 %2 ms, p95 %3 ms, max %4 ms")
        .arg(s.n)
        .arg(s.p50, 0, 'f', 2)
        .arg(s.p95, 0, 'f', 2)
        .arg(s.max, 0, 'f', 2);
}

} // namespace workspacefigures
