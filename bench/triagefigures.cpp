// bench_workspace's lead-triage figures (docs/benchmarks.md, "Lead triage"): over the 1M-lead
// cache, the ideal customer profile is changed the way Settings changes it (IcpEditor: PUT to the
// server, the answer kept in the cache, which regrades) while a lead list filtered to grade A and
// sorted by fit is open, until that list shows the new grade's leads; meanwhile a 1 ms timer on
// the GUI thread records the longest gap between its ticks (how long the window could not paint).
#include "workspacefigures.h"

#include "account/accountruntime.h"
#include "models/icpeditor.h"
#include "models/leadlistmodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace workspacefigures {

bool regrade(AccountRuntime &runtime, int samples, QJsonObject &out)
{
    IcpEditor editor;
    editor.setRuntime(&runtime);
    LeadListModel list;
    list.setRuntime(&runtime);
    list.setGrades({int(IcpProfile::Grade::A)});
    list.setSort({LeadSort::Column::Fit, true});
    const auto industryOfFirst = [&list] {
        return list.rowCount() > 0 && list.isLoaded(0)
            ? list.data(list.index(0), LeadListModel::IndustryRole).toString()
            : QString();
    };
    if (!QTest::qWaitFor([&] { return !editor.canEdit() || editor.profile().version() > 0; }, 30000)
        || !editor.canEdit()) {
        err() << "the profile did not load, or this user may not edit it" << Qt::endl;
        return false;
    }
    const QStringList industries {QStringLiteral("Software"), QStringLiteral("Retail")};
    QList<double> regrade, stalls;
    for (int i = 0; i <= samples; ++i) {
        const QString industry = industries.at(i % 2);
        for (const IcpProfile::Dimension d : IcpProfile::dimensions()) {
            editor.setWeight(int(d), 0);
            const QStringList values = editor.profile().criterion(d).values;
            for (const QString &v : values)
                editor.removeValue(int(d), v);
        }
        editor.setWeight(int(IcpProfile::Dimension::Industry), 100);
        editor.addValue(int(IcpProfile::Dimension::Industry), industry);
        QElapsedTimer gap;
        double longest = 0;
        QTimer ticker;
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longest = std::max(longest, msSince(gap));
            gap.start();
        });
        QSignalSpy saved(&editor, &IcpEditor::actionFinished);
        QElapsedTimer timer;
        timer.start();
        gap.start();
        ticker.start();
        editor.save();
        const bool shown = QTest::qWaitFor(
            [&] { return !saved.isEmpty() && !list.loading() && industryOfFirst() == industry; }, 60000);
        const double ms = msSince(timer);
        ticker.stop();
        if (!shown || !saved.first().at(0).toBool()) {
            err() << "the regraded list did not show " << industry << " leads: "
                  << (saved.isEmpty() ? QStringLiteral("not saved") : saved.first().at(1).toString())
                  << Qt::endl;
            return false;
        }
        if (i > 0) { // the first change warms the caches up
            regrade.append(ms);
            stalls.append(longest);
        }
        pause(
            2000); // past the writer's idle checkpoint (250 ms after its last job), as between two real edits
    }
    const bench::Stats r = bench::statsOf(regrade);
    const bench::Stats s = bench::statsOf(stalls);
    err() << "  ICP change → regraded list (1M leads): " << describe(r) << Qt::endl
          << "  longest GUI-thread gap meanwhile: " << describe(s) << Qt::endl;
    out.insert(QStringLiteral("icp_regrade_1m_ms"), r.p50);
    out.insert(QStringLiteral("icp_regrade_1m_max_ms"), r.max);
    out.insert(QStringLiteral("icp_regrade_gui_max_stall_ms"), s.max);
    editor.setRuntime(nullptr);
    list.setRuntime(nullptr);
    return true;
}

} // namespace workspacefigures
