#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Reads a CSV of target accounts (a domain per row, and optionally the company's name) the way
// people export them from a CRM or a spreadsheet: UTF-8 with or without a BOM, UTF-16 with a BOM,
// or, when the bytes are not UTF-8, Windows-1252; comma, semicolon or tab separated; quoted fields
// with "" and line breaks inside; a header naming the columns ("Domain", "Website", "Company
// domain", "URL"; "Name", "Company", "Account name"), or none when the first column holds domains.
// Every domain goes through the shared domain rule; a row it cannot read is kept out and said why
// (with its line), duplicates are merged, and a name that would run as a spreadsheet formula
// (=, +, -, @ first) is not kept. Nothing here touches the network or the cache.
namespace targetcsv {

struct Account
{
    QString domain;
    QString name;
    int line = 0; // where it was first read (1-based, the header counting)
};

struct Problem
{
    int line = 0;
    QString reason; // one translated sentence
};

struct Result
{
    QList<Account> accounts; // distinct domains, in file order
    QList<Problem> problems; // rows left out, and notes on rows kept
    int rows = 0; // data rows read (the header not counted)
    int duplicates = 0; // rows whose domain came earlier in the file
    QString encoding; // "UTF-8", "UTF-16", "Windows-1252"
    QString error; // the file as a whole could not be used (then `accounts` is empty)
};

// At most kMaxBytes are read; a larger file is refused as a whole.
inline constexpr qsizetype kMaxBytes = 32 * 1024 * 1024;
Result parse(const QByteArray &bytes);

} // namespace targetcsv
