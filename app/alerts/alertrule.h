#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One alert rule of an account, as the Settings screen edits it and the cache keeps it (table
// alert_rules). A rule only looks at what happened after it was armed (armed_at, its creation), so
// adding one never floods the desktop with the history already in the cache, while data that
// arrives late — after a night offline — still counts. Traffic rules also remember when they last
// fired, for their quiet period.
struct AlertRule
{
    enum class Kind
    {
        HotLead, // a lead reaches score >= threshold
        WatchedCompany, // a company on the watch list visits again
        PageVisit, // a visit views a page matching pattern
        TrafficChange // page views of the last window_hours vs the same hours a week before
    };
    enum class Direction
    {
        Both,
        Spike,
        Drop
    };

    qint64 id = 0;
    Kind kind = Kind::HotLead;
    bool enabled = true;
    int threshold = 0; // score for HotLead, percent change for TrafficChange
    QString pattern; // PageVisit: see PagePattern
    QStringList companies; // WatchedCompany: names or domains, as typed
    qint64 targetListId = 0; // WatchedCompany: also every company on this target-account list
    Direction direction = Direction::Both;
    int windowHours = 1;
    int minViews = 20; // TrafficChange: fewer page views than this in both windows is noise
    int quietMinutes = 0; // TrafficChange: no second alert this soon after one
    qint64 armedAt = 0; // Unix seconds
    qint64 lastFiredAt = 0;

    static QString kindName(Kind kind); // "hot_lead", … as stored
    static std::optional<Kind> kindFromName(QStringView name);
    static QString directionName(Direction direction); // "both", "spike", "drop"
    static Direction directionFromName(QStringView name);

    // Why this rule cannot be saved (a translated sentence), or empty when it can.
    QString problem() const;
    // Whether a lead called `name` at `domain` is on the typed watch list (the target list is the
    // evaluator's to check, in the cache): the same name ignoring case and
    // spacing, or the same domain or a subdomain of it ("acme.com" watches "shop.acme.com").
    bool watches(QStringView name, QStringView domain) const;
};
