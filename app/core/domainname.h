#pragma once

#include <QString>

#include <optional>

// A company's web domain as the API stores it (docs/api.md, "Domain names"): hidden companies,
// target accounts and the links that name them all compare domains in this one form, so
// "https://www.Example.COM/pricing" and "example.com" are the same company everywhere. The server
// applies the same rule; this copy lets the app check a CSV or a typed domain before anything is
// queued, and show which rows it could not read.
namespace domainname {

// The normalised domain, or nothing when `text` is not a domain name (an IP address, a single
// label, a label over 63 characters, characters a host name cannot have).
std::optional<QString> normalise(const QString &text);

} // namespace domainname
