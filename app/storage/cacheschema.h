#pragma once

#include "migrations.h"

// The encrypted cache's schema, as numbered migrations. Append only: a shipped migration is never
// edited, a change is a new entry.
namespace cacheschema {
const QList<migrations::Migration> &all();
}
