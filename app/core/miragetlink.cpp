#include "miragetlink.h"

#include "core/leadvocabulary.h"

#include <QCryptographicHash>

#include <QHash>
#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace {

const QLatin1StringView kScheme("miraget");
const QLatin1StringView kSchemePrefix("miraget://");

// The parameters of the lead-list link, in the order toString() writes them. Repeated ones hold a
// list (any of, or for tags all of); the others appear at most once.
namespace param {
const QLatin1StringView search("search");
const QLatin1StringView status("status");
const QLatin1StringView temperature("temperature");
const QLatin1StringView grade("grade");
const QLatin1StringView scoreMin("scoreMin");
const QLatin1StringView scoreMax("scoreMax");
const QLatin1StringView country("country");
const QLatin1StringView industry("industry");
const QLatin1StringView size("size");
const QLatin1StringView tag("tag");
const QLatin1StringView assignee("assignee");
const QLatin1StringView site("site");
const QLatin1StringView lastVisitFrom("lastVisitFrom");
const QLatin1StringView lastVisitTo("lastVisitTo");
const QLatin1StringView targetList("targetList");
const QLatin1StringView hidden("hidden");
const QLatin1StringView sort("sort");
const QLatin1StringView order("order");
const QLatin1StringView from("from");
const QLatin1StringView to("to");
} // namespace param

const QLatin1StringView kUnassigned("none");
const QLatin1StringView kAscending("asc");
const QLatin1StringView kDescending("desc");
constexpr qsizetype kMaxKeyLength = 32;
constexpr int kMinYear = 1970;
constexpr int kMaxYear = 9999;

bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'.' || c == u'_' || c == u'~';
}

bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// Text a link may carry in a value once decoded: no control characters (C0, DEL, C1), no line or
// paragraph separators and none of the invisible direction overrides and marks that make text read
// differently from what it is.
bool isPlainText(QStringView text)
{
    if (!text.isValidUtf16()) // a lone surrogate has no UTF-8, so no spelling in a link
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029 || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C)
            return false;
    }
    return true;
}

// "1" … kMaxId with no sign, no leading zero, no spaces.
std::optional<qint64> positiveId(QStringView text)
{
    if (text.isEmpty() || text.size() > 16 || text.front() == u'0')
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value < 1 || value > MiragetLink::kMaxId)
        return std::nullopt;
    return value;
}

// 0 … 100, written the shortest way.
std::optional<int> score(QStringView text)
{
    if (text == u"0")
        return 0;
    const std::optional<qint64> value = positiveId(text);
    if (!value || *value > 100)
        return std::nullopt;
    return int(*value);
}

bool isDateInRange(const QDate &date)
{
    return date.isValid() && date.year() >= kMinYear && date.year() <= kMaxYear;
}

// YYYY-MM-DD exactly, a real day.
QDate isoDay(QStringView text)
{
    if (text.size() != 10)
        return {};
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (!isDateInRange(date) || date.toString(Qt::ISODate) != text)
        return {};
    return date;
}

QString percentEncoded(const QString &value)
{
    // Everything but the unreserved characters, so each value has one spelling.
    return QString::fromLatin1(value.toUtf8().toPercentEncoding());
}

// One value of the query, decoded; nothing when its encoding is not the one spelling Miraget
// writes: a raw character other than an unreserved one, a broken or non-canonical escape (an
// unreserved character escaped), or bytes that are not UTF-8 (overlong forms, surrogates).
std::optional<QString> decodedValue(QStringView raw)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char16_t c = raw.at(i).unicode();
        if (isUnreserved(c)) {
            bytes.append(char(c));
            continue;
        }
        if (c != u'%' || i + 2 >= raw.size())
            return std::nullopt;
        const int high = hexValue(raw.at(i + 1).unicode());
        const int low = hexValue(raw.at(i + 2).unicode());
        if (high < 0 || low < 0)
            return std::nullopt;
        const char byte = char(high * 16 + low);
        if (isUnreserved(char16_t(uchar(byte))))
            return std::nullopt;
        bytes.append(byte);
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

class Query
{
public:
    // name → values, in the order given; false with a reason when the text is not name=value&…
    bool read(QStringView query, QString *error)
    {
        if (query.isEmpty()) {
            *error = MiragetLink::tr("A parameter of the link is not written as name=value.");
            return false;
        }
        for (const QStringView pair : query.split(u'&')) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                *error = MiragetLink::tr("A parameter of the link is not written as name=value.");
                return false;
            }
            const QStringView key = pair.left(equals);
            if (key.size() > kMaxKeyLength
                || !std::all_of(key.begin(), key.end(), [](QChar c) { return isLetter(c.unicode()); })) {
                *error = MiragetLink::tr("The link has a parameter Miraget does not know.");
                return false;
            }
            const std::optional<QString> value = decodedValue(pair.mid(equals + 1));
            if (!value) {
                *error = MiragetLink::tr("The value of “%1” in the link is not encoded correctly.")
                             .arg(key.toString());
                return false;
            }
            m_order.append(key.toString());
            m_values[key.toString()].append(*value);
        }
        return true;
    }

    // Every name is one of `known`; false with a reason otherwise.
    bool onlyKnown(std::initializer_list<QLatin1StringView> known, QString *error) const
    {
        for (const QString &key : m_order) {
            if (std::none_of(known.begin(), known.end(), [&](QLatin1StringView k) { return key == k; })) {
                *error = MiragetLink::tr("The link has an unknown parameter “%1”.").arg(key);
                return false;
            }
        }
        return true;
    }

    // A parameter that may appear once: its value, or nothing when absent; a repeat is refused.
    bool single(QLatin1StringView key, std::optional<QString> *value, QString *error) const
    {
        const QStringList values = m_values.value(key);
        if (values.size() > 1) {
            *error = repeated(key);
            return false;
        }
        *value = values.isEmpty() ? std::nullopt : std::optional<QString>(values.constFirst());
        return true;
    }

    // A parameter that may repeat: its values in order; the same value twice is refused.
    bool multiple(QLatin1StringView key, QStringList *values, QString *error) const
    {
        *values = m_values.value(key);
        for (qsizetype i = 0; i < values->size(); ++i) {
            if (values->indexOf(values->at(i), i + 1) > i) {
                *error = repeated(key);
                return false;
            }
        }
        return true;
    }

    static QString repeated(QLatin1StringView key)
    {
        return MiragetLink::tr("The link repeats the parameter “%1”.").arg(key);
    }
    static QString invalid(QLatin1StringView key)
    {
        return MiragetLink::tr("The link's value for “%1” is not valid.").arg(key);
    }

private:
    QStringList m_order;
    QHash<QString, QStringList> m_values;
};

bool isText(const QString &text, qsizetype maxLength)
{
    return !text.isEmpty() && text.size() <= maxLength && isPlainText(text);
}

QString rangeUpsideDown()
{
    return MiragetLink::tr("The link's range ends before it starts.");
}

// The lead-list parameters into a filter and sort; false with a reason.
bool readLeads(const Query &query, MiragetLink *link, QString *error)
{
    using namespace param;
    if (!query.onlyKnown(
            {search, status, temperature, grade, scoreMin, scoreMax, country, industry, size, tag, assignee,
                site, lastVisitFrom, lastVisitTo, targetList, hidden, sort, order},
            error))
        return false;
    LeadFilter &f = link->filter;
    std::optional<QString> value;
    QStringList values;

    auto text = [&](QLatin1StringView key, QString *out, qsizetype maxLength) {
        if (!query.single(key, &value, error))
            return false;
        if (!value)
            return true;
        if (!isText(*value, maxLength)) {
            *error = Query::invalid(key);
            return false;
        }
        *out = *value;
        return true;
    };
    auto id = [&](QLatin1StringView key, qint64 *out) {
        if (!query.single(key, &value, error))
            return false;
        if (!value)
            return true;
        const std::optional<qint64> parsed = positiveId(*value);
        if (!parsed) {
            *error = Query::invalid(key);
            return false;
        }
        *out = *parsed;
        return true;
    };
    auto day = [&](QLatin1StringView key, QDate *out) {
        if (!query.single(key, &value, error))
            return false;
        if (!value)
            return true;
        *out = isoDay(*value);
        if (!out->isValid()) {
            *error = Query::invalid(key);
            return false;
        }
        return true;
    };
    auto scoreOf = [&](QLatin1StringView key, int *out) {
        if (!query.single(key, &value, error))
            return false;
        if (!value)
            return true;
        const std::optional<int> parsed = score(*value);
        if (!parsed) {
            *error = Query::invalid(key);
            return false;
        }
        *out = *parsed;
        return true;
    };

    if (!text(search, &f.search, MiragetLink::kMaxSearch))
        return false;
    if (!query.multiple(status, &values, error))
        return false;
    for (const QString &name : std::as_const(values)) {
        if (!Lead::statusFromWire(name)) {
            *error = Query::invalid(status);
            return false;
        }
    }
    f.statuses = values;
    if (!query.multiple(temperature, &values, error))
        return false;
    for (const QString &name : std::as_const(values)) {
        if (!Lead::temperatureFromWire(name)) {
            *error = Query::invalid(temperature);
            return false;
        }
    }
    f.temperatures = values;
    if (!query.multiple(grade, &values, error))
        return false;
    for (const QString &name : std::as_const(values)) {
        const std::optional<IcpProfile::Grade> g = IcpProfile::gradeFromWire(name);
        if (!g) {
            *error = Query::invalid(grade);
            return false;
        }
        f.grades.append(*g);
    }
    if (!scoreOf(scoreMin, &f.scoreMin) || !scoreOf(scoreMax, &f.scoreMax))
        return false;
    if (!text(country, &f.country, MiragetLink::kMaxText)
        || !text(industry, &f.industry, MiragetLink::kMaxText) || !text(size, &f.size, MiragetLink::kMaxText))
        return false;
    if (!query.multiple(tag, &values, error))
        return false;
    for (const QString &name : std::as_const(values)) {
        if (!isText(name, MiragetLink::kMaxText)) {
            *error = Query::invalid(tag);
            return false;
        }
    }
    f.tags = values;
    if (!query.single(assignee, &value, error))
        return false;
    if (value) {
        if (*value == kUnassigned) {
            f.assigneeId = 0;
        } else if (const std::optional<qint64> parsed = positiveId(*value)) {
            f.assigneeId = *parsed;
        } else {
            *error = Query::invalid(assignee);
            return false;
        }
    }
    if (!id(site, &f.siteId) || !day(lastVisitFrom, &f.lastVisitFrom) || !day(lastVisitTo, &f.lastVisitTo)
        || !id(targetList, &f.targetListId))
        return false;
    if (!query.single(hidden, &value, error))
        return false;
    if (value) {
        if (*value != u"1") {
            *error = Query::invalid(hidden);
            return false;
        }
        f.hidden = true;
    }
    if (!query.single(param::sort, &value, error))
        return false;
    if (value) {
        bool ok = false;
        link->sort.column = LeadSort::columnFromName(*value, &ok);
        if (!ok) {
            *error = Query::invalid(param::sort);
            return false;
        }
    }
    if (!query.single(order, &value, error))
        return false;
    if (value) {
        if (*value != kAscending && *value != kDescending) {
            *error = Query::invalid(order);
            return false;
        }
        link->sort.descending = *value == kDescending;
    }
    return true;
}

bool readDashboard(const Query &query, MiragetLink *link, QString *error)
{
    if (!query.onlyKnown({param::from, param::to, param::site}, error))
        return false;
    std::optional<QString> from;
    std::optional<QString> to;
    std::optional<QString> site;
    if (!query.single(param::from, &from, error) || !query.single(param::to, &to, error)
        || !query.single(param::site, &site, error))
        return false;
    if (!from || !to) {
        *error = MiragetLink::tr("A dashboard link needs both a “from” and a “to” day.");
        return false;
    }
    link->from = isoDay(*from);
    if (!link->from.isValid()) {
        *error = Query::invalid(param::from);
        return false;
    }
    link->to = isoDay(*to);
    if (!link->to.isValid()) {
        *error = Query::invalid(param::to);
        return false;
    }
    if (site) {
        const std::optional<qint64> parsed = positiveId(*site);
        if (!parsed) {
            *error = Query::invalid(param::site);
            return false;
        }
        link->siteId = *parsed;
    }
    return true;
}

bool isAccountKey(QStringView text)
{
    return text.size() == MiragetLink::kAccountKeyLength
        && std::all_of(text.begin(), text.end(),
            [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

template<typename T> bool hasDuplicates(const QList<T> &list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.indexOf(list.at(i), i + 1) > i)
            return true;
    }
    return false;
}

void add(QStringList *query, QLatin1StringView key, const QString &value)
{
    query->append(QString(key) + u'=' + percentEncoded(value));
}

// The link's text as written, whether or not it is valid.
QString written(const MiragetLink &link);

} // namespace

MiragetLink MiragetLink::lead(const QString &account, qint64 leadId)
{
    MiragetLink link;
    link.kind = Kind::Lead;
    link.account = account;
    link.leadId = leadId;
    return link;
}

MiragetLink MiragetLink::leads(const QString &account, const LeadFilter &filter, const LeadSort &sort)
{
    MiragetLink link;
    link.kind = Kind::Leads;
    link.account = account;
    link.filter = filter;
    link.sort = sort;
    return link;
}

MiragetLink MiragetLink::dashboard(const QString &account, const QDate &from, const QDate &to, qint64 siteId)
{
    MiragetLink link;
    link.kind = Kind::Dashboard;
    link.account = account;
    link.from = from;
    link.to = to;
    link.siteId = siteId;
    return link;
}

QString MiragetLink::accountKey(const QUrl &server, qint64 accountId)
{
    const QString origin
        = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
              .toString(QUrl::FullyEncoded);
    const QByteArray input
        = "miraget-link-account\n" + origin.toUtf8() + '\n' + QByteArray::number(accountId);
    return QString::fromLatin1(
        QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(kAccountKeyLength));
}

QString MiragetLink::accountKey(const AccountRegistry::Account &account)
{
    return accountKey(account.server, account.accountId);
}

std::optional<MiragetLink> MiragetLink::parse(QStringView text, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    auto refuse = [&](const QString &reason) {
        why = reason;
        return std::nullopt;
    };
    if (text.size() > kMaxLength)
        return refuse(tr("The link is too long: Miraget links have at most %1 characters.").arg(kMaxLength));
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            return refuse(tr("The link contains control characters."));
    }
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() > 0x7e)
            return refuse(tr("The link contains a character that links cannot contain, such as a space."));
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0 || text.left(colon).compare(kScheme, Qt::CaseInsensitive) != 0
        || text.mid(colon).left(3) != u"://")
        return refuse(tr("This is not a Miraget link: it must start with miraget://."));
    if (text.contains(u'#'))
        return refuse(tr("Miraget links have no part after “#”."));

    const QStringView rest = text.mid(kSchemePrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView accountPart = slash < 0 ? rest : rest.left(slash);
    if (!isAccountKey(accountPart))
        return refuse(tr("The link does not name a valid account."));
    MiragetLink link;
    link.account = accountPart.toString();
    if (slash < 0)
        return refuse(tr("The link does not lead to a lead, a lead list or a dashboard."));

    const QStringView target = rest.mid(slash + 1);
    const qsizetype question = target.indexOf(u'?');
    const QStringView path = question < 0 ? target : target.left(question);
    // The path is a fixed word and maybe a number: no escapes, no dot segments, no empty segments.
    const QList<QStringView> segments = path.split(u'/');
    for (const QStringView segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u".." || segment.contains(u'%')
            || segment.contains(u'\\'))
            return refuse(tr("The link's path is not valid."));
    }
    if (segments.size() == 2 && segments.at(0) == u"lead") {
        link.kind = Kind::Lead;
        const std::optional<qint64> id = positiveId(segments.at(1));
        if (!id)
            return refuse(tr("The lead's number in the link must be a positive whole number."));
        link.leadId = *id;
        if (question >= 0)
            return refuse(tr("A link to a lead takes no parameters."));
        return link;
    }
    if (segments.size() == 1 && segments.at(0) == u"leads")
        link.kind = Kind::Leads;
    else if (segments.size() == 1 && segments.at(0) == u"dashboard")
        link.kind = Kind::Dashboard;
    else
        return refuse(tr("The link does not lead to a lead, a lead list or a dashboard."));
    Query query;
    if (question >= 0 && !query.read(target.mid(question + 1), &why))
        return std::nullopt;
    if (link.kind == Kind::Leads) {
        if (!readLeads(query, &link, &why))
            return std::nullopt;
    } else {
        if (question < 0)
            return refuse(tr("A dashboard link needs both a “from” and a “to” day."));
        if (!readDashboard(query, &link, &why))
            return std::nullopt;
    }
    if (const QString problem = link.problem(); !problem.isEmpty())
        return refuse(problem);
    return link;
}

QString MiragetLink::problem() const
{
    if (!isAccountKey(account))
        return tr("The link does not name a valid account.");
    switch (kind) {
    case Kind::Lead:
        if (leadId < 1 || leadId > kMaxId)
            return tr("The lead's number in the link must be a positive whole number.");
        return {};
    case Kind::Dashboard:
        if (!isDateInRange(from))
            return Query::invalid(param::from);
        if (!isDateInRange(to))
            return Query::invalid(param::to);
        if (from > to)
            return rangeUpsideDown();
        if (siteId < 0 || siteId > kMaxId)
            return Query::invalid(param::site);
        return {};
    case Kind::Leads:
        break;
    }
    using namespace param;
    const LeadFilter &f = filter;
    if (!f.search.isEmpty() && !isText(f.search, kMaxSearch))
        return Query::invalid(search);
    if (hasDuplicates(f.statuses))
        return Query::repeated(status);
    for (const QString &name : f.statuses) {
        if (!Lead::statusFromWire(name))
            return Query::invalid(status);
    }
    if (hasDuplicates(f.temperatures))
        return Query::repeated(temperature);
    for (const QString &name : f.temperatures) {
        if (!Lead::temperatureFromWire(name))
            return Query::invalid(temperature);
    }
    if (hasDuplicates(f.grades))
        return Query::repeated(grade);
    if (f.scoreMin < 0 || f.scoreMin > 100)
        return Query::invalid(scoreMin);
    if (f.scoreMax < 0 || f.scoreMax > 100)
        return Query::invalid(scoreMax);
    if (f.scoreMin > f.scoreMax)
        return rangeUpsideDown();
    if (!f.country.isEmpty() && !isText(f.country, kMaxText))
        return Query::invalid(country);
    if (!f.industry.isEmpty() && !isText(f.industry, kMaxText))
        return Query::invalid(industry);
    if (!f.size.isEmpty() && !isText(f.size, kMaxText))
        return Query::invalid(size);
    if (hasDuplicates(f.tags))
        return Query::repeated(tag);
    for (const QString &name : f.tags) {
        if (!isText(name, kMaxText))
            return Query::invalid(tag);
    }
    if (f.assigneeId < -1 || f.assigneeId > kMaxId)
        return Query::invalid(assignee);
    if (f.siteId < 0 || f.siteId > kMaxId)
        return Query::invalid(site);
    if (f.lastVisitFrom.isValid() && !isDateInRange(f.lastVisitFrom))
        return Query::invalid(lastVisitFrom);
    if (f.lastVisitTo.isValid() && !isDateInRange(f.lastVisitTo))
        return Query::invalid(lastVisitTo);
    if (f.lastVisitFrom.isValid() && f.lastVisitTo.isValid() && f.lastVisitFrom > f.lastVisitTo)
        return rangeUpsideDown();
    if (f.targetListId < 0 || f.targetListId > kMaxId)
        return Query::invalid(targetList);
    if (written(*this).size() > kMaxLength)
        return tr("The link is too long: Miraget links have at most %1 characters.").arg(kMaxLength);
    return {};
}

QString MiragetLink::toString() const
{
    return isValid() ? written(*this) : QString();
}

namespace {
QString written(const MiragetLink &link)
{
    using Kind = MiragetLink::Kind;
    const LeadFilter &f = link.filter;
    QString out = QString(kSchemePrefix) + link.account + u'/';
    QStringList query;
    switch (link.kind) {
    case Kind::Lead:
        return out + u"lead/" + QString::number(link.leadId);
    case Kind::Dashboard:
        add(&query, param::from, link.from.toString(Qt::ISODate));
        add(&query, param::to, link.to.toString(Qt::ISODate));
        if (link.siteId > 0)
            add(&query, param::site, QString::number(link.siteId));
        return out + u"dashboard?" + query.join(u'&');
    case Kind::Leads:
        break;
    }
    using namespace param;
    if (!f.search.isEmpty())
        add(&query, search, f.search);
    for (const QString &name : f.statuses)
        add(&query, status, name);
    for (const QString &name : f.temperatures)
        add(&query, temperature, name);
    for (const IcpProfile::Grade g : f.grades)
        add(&query, grade, IcpProfile::wireName(g));
    if (f.scoreMin != 0)
        add(&query, scoreMin, QString::number(f.scoreMin));
    if (f.scoreMax != 100)
        add(&query, scoreMax, QString::number(f.scoreMax));
    if (!f.country.isEmpty())
        add(&query, country, f.country);
    if (!f.industry.isEmpty())
        add(&query, industry, f.industry);
    if (!f.size.isEmpty())
        add(&query, size, f.size);
    for (const QString &name : f.tags)
        add(&query, tag, name);
    if (f.assigneeId == 0)
        add(&query, assignee, kUnassigned);
    else if (f.assigneeId > 0)
        add(&query, assignee, QString::number(f.assigneeId));
    if (f.siteId > 0)
        add(&query, site, QString::number(f.siteId));
    if (f.lastVisitFrom.isValid())
        add(&query, lastVisitFrom, f.lastVisitFrom.toString(Qt::ISODate));
    if (f.lastVisitTo.isValid())
        add(&query, lastVisitTo, f.lastVisitTo.toString(Qt::ISODate));
    if (f.targetListId > 0)
        add(&query, targetList, QString::number(f.targetListId));
    if (f.hidden)
        add(&query, hidden, QStringLiteral("1"));
    const LeadSort defaults;
    if (link.sort.column != defaults.column)
        add(&query, param::sort, LeadSort::columnName(link.sort.column));
    if (link.sort.descending != defaults.descending)
        add(&query, order, link.sort.descending ? kDescending : kAscending);
    out += u"leads";
    if (!query.isEmpty())
        out += QChar(u'?') + query.join(u'&');
    return out;
}
} // namespace

QUrl MiragetLink::toUrl() const
{
    if (!isValid())
        return {};
    return QUrl(toString(), QUrl::StrictMode);
}
