#pragma once

#include "rowinserter.h"
#include "seedplan.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace seeding {

// Writes the traffic history: the visits of all accounts merged into one time order (so `seq`
// follows time across accounts), each visit followed by its page views. Which pages a visit saw is
// drawn only here, from a generator per account kept apart from the planning one, so the plan never
// holds a path per page view. Every repeated text value (device, source, country, city, URL) is
// built once as a QVariant and only shared per row: this loop writes every page view of the
// million-event load test.
class ActivityWriter
{
public:
    explicit ActivityWriter(RowInserter &rows);

    bool write(const SeedPlan &plan);

private:
    struct Device
    {
        QVariant type, os, browser, screen;
    };
    struct Source
    {
        QVariant referrer, utmSource, utmMedium, utmCampaign;
    };
    // One account's place in the merge.
    struct Cursor
    {
        const AccountSeed *account;
        size_t next = 0;
        QRandomGenerator pages; // page paths, drawn in this account's own visit order
        QVariant accountId;
        std::vector<QVariant> siteIds;
    };

    // The account whose next visit starts first (the earlier account on a tie); null when done.
    static Cursor *nextCursor(std::vector<Cursor> &cursors);
    // The catalogue page index of each page of the visit, into m_path.
    void drawPath(const SiteSeed &site, const VisitSeed &visit, QRandomGenerator &rng);
    bool writeVisit(QSqlQuery &visitQuery, QSqlQuery &pageViewQuery, Cursor &cursor, const VisitSeed &visit);

    RowInserter &m_rows;
    std::vector<Device> m_devices;
    std::vector<Source> m_organic;
    std::vector<Source> m_campaigns;
    std::vector<QVariant> m_countryCodes;
    std::vector<std::vector<QVariant>> m_cityNames;
    const QVariant m_null;
    std::vector<int> m_path;
    qint64 m_visitId = 0;
    qint64 m_pageViewId = 0;
};

} // namespace seeding
