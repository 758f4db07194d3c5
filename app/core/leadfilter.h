#pragma once

#include "core/icpprofile.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the lead list shows: full-text search plus filters, and the order. A plain value that the
// list model, saved views (as JSON) and CSV export share, so "export the current view" exports
// exactly what is on screen.
struct LeadFilter
{
    QString search; // words over name, domain, tags and notes; the last word matches as a prefix
    QStringList statuses; // any of; empty: every status
    int scoreMin = 0;
    int scoreMax = 100;
    QStringList temperatures; // any of hot, warm, cold; empty: all
    QString country;
    QString industry;
    QString size;
    QStringList tags; // all of
    qint64 assigneeId = -1; // -1: anyone or no one; 0: unassigned
    qint64 siteId = 0; // 0: every site
    QDate lastVisitFrom; // local days, inclusive; invalid: open
    QDate lastVisitTo;
    QList<IcpProfile::Grade> grades; // any of; empty: every grade (Grade::None: ungraded)
    qint64 targetListId = 0; // 0: any company; > 0: companies on that target-account list
    bool hidden = false; // false: companies not hidden (the list as it should be); true: only hidden
    // Only these leads: the companies behind a dashboard segment, goal or funnel step, found by the
    // visit cube. A snapshot for this session, so neither saved in views nor written to links.
    QList<qint64> companies;
    QString companiesLabel; // what they are, for the chip above the list

    bool isEmpty() const { return *this == LeadFilter(); }
    bool operator==(const LeadFilter &) const = default;
    QJsonObject toJson() const;
    static LeadFilter fromJson(const QJsonObject &json);
};

struct LeadSort
{
    enum class Column
    {
        Name,
        Domain,
        Score,
        Status, // pipeline order: new, working, qualified, won, lost
        Country,
        Industry,
        Size,
        Assignee, // grouped by team member; unassigned first
        LastVisit,
        Visits,
        PageViews,
        Created,
        Crm,
        Fit, // ICP fit; ungraded leads first ascending
    };

    Column column = Column::LastVisit;
    bool descending = true;

    bool operator==(const LeadSort &) const = default;
    static QString columnName(Column column);
    static Column columnFromName(const QString &name, bool *ok = nullptr);
};
