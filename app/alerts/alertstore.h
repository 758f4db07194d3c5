#pragma once

#include "alert.h"

#include <QList>

class SqlDatabase;

// The SQL of alert_rules and alerts (cache migration 5), for the writer thread (rules edited in
// Settings, alerts claimed for the desktop) and the readers (the rule list). Functions return false
// or an empty result with *error on failure; nothing here keeps state.
namespace alertstore {

bool loadRules(SqlDatabase &db, QList<AlertRule> *rules, QString *error, bool enabledOnly = false);
// Inserts `rule` armed at `now`; its new id, or 0 with *error.
qint64 addRule(SqlDatabase &db, const AlertRule &rule, qint64 now, QString *error);
// Turning a rule back on arms it again at `now`: what happened while it was off stays quiet.
bool setRuleEnabled(SqlDatabase &db, qint64 id, bool enabled, qint64 now, QString *error);
bool removeRule(SqlDatabase &db, qint64 id, QString *error);

// Up to `limit` alerts nobody was told about yet, oldest first, marked delivered in the same
// transaction: a crash after this call loses a notification rather than showing it twice.
AlertList claimUndelivered(SqlDatabase &db, qint64 now, int limit, QString *error);
// Alerts of `kind` delivered but not yet looked at (the tray's count of new hot leads).
int unseenCount(SqlDatabase &db, AlertRule::Kind kind, QString *error);
bool markSeen(SqlDatabase &db, AlertRule::Kind kind, qint64 now, QString *error);

} // namespace alertstore
