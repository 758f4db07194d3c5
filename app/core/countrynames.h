#pragma once

#include <QString>

// A country's name from its ISO 3166-1 alpha-2 code, in a given language ("de", "fr_CA"): the
// names Debian's iso-codes package ships (its JSON list and its gettext catalogs, translated into
// ~100 languages), looked up in the same data directories as any XDG data. Without iso-codes (or
// for a language it lacks) the English name from QLocale, and the code itself as a last resort.
namespace countrynames {

QString name(const QString &alpha2, const QString &language);

} // namespace countrynames
