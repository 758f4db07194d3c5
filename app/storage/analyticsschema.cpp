#include "analyticsschema.h"

namespace analyticsschema {

const char *const kDefinitions = R"sql(
CREATE TABLE goals(id INTEGER PRIMARY KEY, name TEXT, pattern TEXT, created_by INTEGER, created_at INTEGER,
    updated_at INTEGER, version INTEGER, seq INTEGER NOT NULL);
CREATE TABLE funnels(id INTEGER PRIMARY KEY, name TEXT, steps TEXT, created_by INTEGER, created_at INTEGER,
    updated_at INTEGER, version INTEGER, seq INTEGER NOT NULL);
CREATE TABLE annotations(id INTEGER PRIMARY KEY, site_id INTEGER, day TEXT, text TEXT, created_by INTEGER,
    created_at INTEGER, updated_at INTEGER, version INTEGER, seq INTEGER NOT NULL);
CREATE INDEX annotations_day ON annotations(day);
)sql";

} // namespace analyticsschema
