#pragma once

#include "alertrule.h"

#include <QList>
#include <QString>

// One thing a rule noticed, as the cache keeps it (table alerts) until the desktop has been told.
// Stored as facts, not sentences: the notification is worded when it is shown, in the language of
// that moment. (rule, event) is unique, which is what makes each event fire once however often
// sync and the live stream bring the same rows again.
struct Alert
{
    qint64 id = 0;
    qint64 ruleId = 0;
    AlertRule::Kind kind = AlertRule::Kind::HotLead;
    QString eventKey; // "lead:42", "visit:7", "traffic:spike:493812"
    qint64 leadId = 0; // 0: none (an anonymous visitor, traffic)
    QString subject; // the company's name; empty for traffic and anonymous visitors
    QString detail; // the page (path or address) for visits; city and country for a hot lead
    qint64 value = 0; // the score; page views in the window
    qint64 baseline = 0; // the threshold; page views in the same hours a week before
    qint64 occurredAt = 0; // when it happened (Unix seconds), not when it reached the cache
};

using AlertList = QList<Alert>;
