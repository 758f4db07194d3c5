#pragma once

// The parts of bench_workspace (docs/benchmarks.md, "Dashboard and lead list"), each in the file
// named for what it measures: the lead list and search (leadlistfigures.cpp), the dashboard
// (dashboardfigures.cpp), the window's first rows and memory and the live latency
// (windowfigures.cpp); workspacemain.cpp seeds, signs in, syncs and runs them. Each part adds its
// figures to `out` under the key names docs/benchmarks.md gives and returns false when it could
// not measure.

#include "benchsupport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

class AccountRuntime;
class AppProfile;
class SqlDatabase;

namespace workspacefigures {
using bench::err;

inline const QString kOwner = QStringLiteral("owner@acme.example");
inline const QString kSales = QStringLiteral("sales@acme.example");
constexpr int kPage = 100; // LeadListModel::kPageSize

double msSince(const QElapsedTimer &timer);
void pause(int ms);
// A read-only connection opened exactly as the app's readers open it (CacheReader::open).
std::unique_ptr<SqlDatabase> openReader(const QString &path, const QByteArray &key);
void addStats(QJsonObject &out, const QString &prefix, const bench::Stats &s);
QString describe(const bench::Stats &s);

// The lead list's SQL (leadquery): anchor scans, keyset pages, first pages, OFFSET pages.
bool leadList(const QString &path, const QByteArray &key, int samples, int firstPages, int offsetSamples,
    QJsonObject &out);
// Full-text search: first page plus count, for words and prefixes of cached lead names.
bool search(const QString &path, const QByteArray &key, int leads, QJsonObject &out);
// dashboardquery::run over the data's 90 days, cold and warm.
bool dashboard(const QString &path, const QByteArray &key, QJsonObject &out);
// Part 4: the visit cube and the reports of issue #16 over the same 90 days (analyticsfigures.cpp).
bool analyticsFigures(const QString &path, const QByteArray &key, QJsonObject &out);
// The real GUI (offscreen): spawn to first rows, and its resident memory.
bool window(const AppProfile &profile, int launches, QJsonObject &out);
// A change made through REST until LeadDetail and its notes show it.
bool live(const AppProfile &profile, const QUrl &server, int samples, QJsonObject &out);
// An ideal customer profile saved as Settings saves it, until a grade-A list shows the new grade
// (triagefigures.cpp); run by live() on its restored runtime.
bool regrade(AccountRuntime &runtime, int samples, QJsonObject &out);
} // namespace workspacefigures
