#pragma once

#include <QString>

// The one rule that turns what a person types or pastes (a bare domain, a URL, "www.Example.COM.")
// into the company domain that exclusions and target-account lists store and compare. One library
// (miraget_domainname) for the server and the app: the app checks a typed domain or a CSV with it
// before anything is queued, so a domain it shows and the one the server keeps are the same text;
// the server's uniqueness in the database relies on every write going through here.
namespace domainname {

// The normalised domain (lower-case, IDN in ACE form), or an empty string when `text` does not
// name a domain: an IP address, a single label, a bad label, or more than 253 characters.
QString normalise(const QString &text);

} // namespace domainname
