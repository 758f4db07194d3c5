#pragma once

#include "core/icpprofile.h"

#include <QString>

#include <optional>

class SqlDatabase;

// The ideal customer profile in the cache and the fit grades it gives (cacheschema migration 7).
// Storing a profile spreads it into icp_weights and icp_values and regrades fit_classes — the few
// thousand firmographic combinations a million leads share — so a new profile costs milliseconds,
// not a write per lead. The caller holds the transaction, which is also the document's.
namespace fitgrades {

// The document's name in the cache (and its path under /v1).
inline const QString kDocument = QStringLiteral("icp");

// Replaces the profile and regrades every class; *changed says whether any grade moved.
bool store(SqlDatabase &db, const IcpProfile &profile, bool *changed, QString *error);
// The profile the cache grades with (from the `icp` document); empty when none was fetched.
IcpProfile read(SqlDatabase &db);
// The same profile as the view fit_scores sees it, from icp_weights and icp_values: what grades
// classes written inside the transaction that stores a profile, before its document is written.
IcpProfile spread(SqlDatabase &db);

} // namespace fitgrades
