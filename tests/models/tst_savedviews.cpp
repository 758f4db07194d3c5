// SavedViewsModel: the lead list's named views, in a settings file of their own. Saving adds (or
// replaces a view of the same name), removing removes, the list stays sorted by name, and what was
// saved is there again for a new instance on the same file — per account, so two accounts of a
// profile never see each other's views. A view holds LeadListModel::viewState(), and applying it to
// another list gives that list exactly the saved search, filters and sort.
#include "models/leadlistmodel.h"
#include "models/savedviewsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kAccount = QStringLiteral("http://127.0.0.1:4000#1");
const QString kOtherAccount = QStringLiteral("http://127.0.0.1:4000#2");

QStringList names(const SavedViewsModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.data(model.index(row), SavedViewsModel::NameRole).toString());
    return out;
}

LeadFilter sampleFilter()
{
    LeadFilter f;
    f.search = QStringLiteral("acme anal");
    f.statuses = {QStringLiteral("working"), QStringLiteral("qualified")};
    f.scoreMin = 35;
    f.scoreMax = 90;
    f.temperatures = {QStringLiteral("hot"), QStringLiteral("warm")};
    f.country = QStringLiteral("GB");
    f.industry = QStringLiteral("Software");
    f.size = QStringLiteral("51-200");
    f.tags = {QStringLiteral("enterprise"), QStringLiteral("target-account")};
    f.assigneeId = 4;
    f.siteId = 2;
    f.lastVisitFrom = QDate(2026, 10, 3);
    f.lastVisitTo = QDate(2026, 11, 28);
    return f;
}
} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("views.ini")); }

private Q_SLOTS:
    void saveReplaceRemovePersist()
    {
        QVERIFY(m_dir.isValid());
        {
            SavedViewsModel views;
            QAbstractItemModelTester tester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy count(&views, &SavedViewsModel::countChanged);
            // Without a file nothing can be kept.
            QVERIFY(!views.save(QStringLiteral("Nowhere"), {}));
            views.setStorage(file(), kAccount);
            QCOMPARE(views.rowCount(), 0);
            QVERIFY(!views.save(QStringLiteral("   "), {{QStringLiteral("sort"), QStringLiteral("name")}}));
            QCOMPARE(views.rowCount(), 0);

            QVERIFY(
                views.save(QStringLiteral("Won deals"), {{QStringLiteral("sort"), QStringLiteral("score")}}));
            QVERIFY(views.save(
                QStringLiteral("  Hot UK leads "), {{QStringLiteral("sort"), QStringLiteral("lastVisit")}}));
            QVERIFY(
                views.save(QStringLiteral("All new"), {{QStringLiteral("sort"), QStringLiteral("created")}}));
            QCOMPARE(names(views),
                (QStringList {
                    QStringLiteral("All new"), QStringLiteral("Hot UK leads"), QStringLiteral("Won deals")}));
            QCOMPARE(views.count(), 3);
            QVERIFY(count.count() >= 3);

            // The same name replaces the view, it does not add a second one.
            QVERIFY(views.save(
                QStringLiteral("Won deals"), {{QStringLiteral("sort"), QStringLiteral("domain")}}));
            QCOMPARE(views.rowCount(), 3);
            const int won = int(names(views).indexOf(QStringLiteral("Won deals")));
            QCOMPARE(views.stateAt(won).value(QStringLiteral("sort")).toString(), QStringLiteral("domain"));

            views.remove(int(names(views).indexOf(QStringLiteral("All new"))));
            QCOMPARE(
                names(views), (QStringList {QStringLiteral("Hot UK leads"), QStringLiteral("Won deals")}));
            views.remove(7); // out of range: nothing
            views.remove(-1);
            QCOMPARE(views.rowCount(), 2);
            QVERIFY(views.stateAt(7).isEmpty());
        }
        // On disk, not only in memory.
        QFile ini(file());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray bytes = ini.readAll();
        QVERIFY2(bytes.contains("Hot UK leads") && bytes.contains("Won deals"), bytes.constData());
        QVERIFY(!bytes.contains("All new"));

        // A new instance on the same file and account finds them; another account finds none.
        SavedViewsModel again;
        QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.setStorage(file(), kAccount);
        QCOMPARE(names(again), (QStringList {QStringLiteral("Hot UK leads"), QStringLiteral("Won deals")}));
        QCOMPARE(again.stateAt(1).value(QStringLiteral("sort")).toString(), QStringLiteral("domain"));
        QCOMPARE(again.stateAt(0).value(QStringLiteral("sort")).toString(), QStringLiteral("lastVisit"));

        SavedViewsModel other;
        QAbstractItemModelTester otherTester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
        other.setStorage(file(), kOtherAccount);
        QCOMPARE(other.rowCount(), 0);
        QVERIFY(other.save(QStringLiteral("Mine only"), {}));
        // Writing the other account's views keeps this account's.
        SavedViewsModel third;
        third.setStorage(file(), kAccount);
        QCOMPARE(names(third), (QStringList {QStringLiteral("Hot UK leads"), QStringLiteral("Won deals")}));
        // Pointing a model at another account swaps its rows.
        again.setStorage(file(), kOtherAccount);
        QCOMPARE(names(again), QStringList {QStringLiteral("Mine only")});
    }

    void leadListViewStateRoundTrips()
    {
        QVERIFY(m_dir.isValid());
        LeadListModel list;
        list.setFilter(sampleFilter());
        list.setSort({LeadSort::Column::Country, false});
        const QVariantMap state = list.viewState();
        {
            SavedViewsModel views;
            QAbstractItemModelTester tester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest);
            views.setStorage(file(), QStringLiteral("round-trip"));
            QVERIFY(views.save(QStringLiteral("Everything set"), state));
        }
        SavedViewsModel views;
        views.setStorage(file(), QStringLiteral("round-trip"));
        QCOMPARE(views.rowCount(), 1);

        // Through the settings file and back into another list: the same filter and sort.
        LeadListModel restored;
        QSignalSpy filterChanged(&restored, &LeadListModel::filterChanged);
        restored.applyViewState(views.stateAt(0));
        QCOMPARE(restored.filter(), sampleFilter());
        QCOMPARE(restored.sort(), (LeadSort {LeadSort::Column::Country, false}));
        QCOMPARE(restored.sortColumn(), QStringLiteral("country"));
        QVERIFY(!restored.sortDescending());
        QVERIFY(restored.filtered());
        QVERIFY(filterChanged.count() > 0);
        QCOMPARE(restored.viewState(), state);

        // An empty view clears every filter and keeps a valid sort.
        LeadListModel cleared;
        cleared.setFilter(sampleFilter());
        cleared.applyViewState({{QStringLiteral("sort"), QStringLiteral("score")}});
        QCOMPARE(cleared.filter(), LeadFilter());
        QCOMPARE(cleared.sort(), (LeadSort {LeadSort::Column::Score, true}));
        QVERIFY(!cleared.filtered());
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
