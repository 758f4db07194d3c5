#pragma once

#include "core/accountregistry.h"
#include "core/leadfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

// A miraget:// link (docs/links.md): to a lead, to the lead list with its filters and sort, or to a
// dashboard range, in one signed-in account. Links come from outside (a browser, a chat, a
// notification, the command line), so parse() takes nothing on trust: one spelling of each thing,
// ASCII only, at most kMaxLength characters, no fragment, no dot segments or percent-encoding in
// the path, every parameter known, once, with a valid value. What it refuses it says why in one
// translated sentence that never repeats the link's own text. The builders write exactly the
// spelling parse() accepts, so parse(link.toString()) gives the link back.
struct MiragetLink
{
    Q_DECLARE_TR_FUNCTIONS(MiragetLink)

public:
    enum class Kind
    {
        Lead, // miraget://<account>/lead/<id>
        Leads, // miraget://<account>/leads?<filter and sort>
        Dashboard, // miraget://<account>/dashboard?from=YYYY-MM-DD&to=YYYY-MM-DD[&site=<id>]
    };

    static constexpr qsizetype kMaxLength = 2048;
    static constexpr qsizetype kAccountKeyLength = 20;
    // Ids travel through QML as numbers: no larger than a double holds exactly.
    static constexpr qint64 kMaxId = (qint64(1) << 53) - 1;
    static constexpr qsizetype kMaxText = 200; // a country, industry, size or tag
    static constexpr qsizetype kMaxSearch = 500;

    Kind kind = Kind::Lead;
    QString account; // accountKey() of the account the link is for
    qint64 leadId = 0; // Lead
    LeadFilter filter; // Leads
    LeadSort sort; // Leads
    QDate from; // Dashboard, local days, inclusive
    QDate to;
    qint64 siteId = 0; // Dashboard; 0: every site

    static MiragetLink lead(const QString &account, qint64 leadId);
    static MiragetLink leads(const QString &account, const LeadFilter &filter, const LeadSort &sort);
    static MiragetLink dashboard(
        const QString &account, const QDate &from, const QDate &to, qint64 siteId = 0);

    // How a link names an account: the server's origin and the account (the tenant, not the user,
    // so a link works for every member signed in to it) hashed into kAccountKeyLength lowercase
    // hex digits. Not a secret and not reversible into one; equal for equal accounts only.
    static QString accountKey(const QUrl &server, qint64 accountId);
    static QString accountKey(const AccountRegistry::Account &account);

    // The link, or nothing with *error saying why (translated, one sentence).
    static std::optional<MiragetLink> parse(QStringView text, QString *error = nullptr);
    // Why this link could not be written or followed (the same checks parse() makes once the text
    // is read); empty when it is fine. A view whose filter holds what a link cannot carry (a
    // control character in a search, a score range upside down) is refused here rather than
    // written as a link that would be refused when opened.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }
    // The canonical text; empty when the link is not valid.
    QString toString() const;
    QUrl toUrl() const;

    bool operator==(const MiragetLink &) const = default;
};
