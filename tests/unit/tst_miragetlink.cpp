// miraget:// links (docs/links.md): every kind written and read back the same, the exact spelling
// the writer uses, the account key, and every kind of malformed or hostile link refused with the
// sentence the person sees — which never repeats the link's own text.
#include "core/leadvocabulary.h"
#include "core/miragetlink.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MiragetLink)

namespace {

const QString Key = MiragetLink::accountKey(QUrl(u"https://miraget.example.com"_s), 1);

QString link(const QString &rest)
{
    return u"miraget://"_s + Key + u'/' + rest;
}

LeadFilter everyField()
{
    LeadFilter f;
    f.search = u"Acme & Söhne = 100% +1/2 “quoted” 🚀 javascript:alert(1)"_s;
    f.statuses = {u"new"_s, u"working"_s, u"lost"_s};
    f.temperatures = {u"hot"_s, u"warm"_s};
    f.grades = {IcpProfile::Grade::A, IcpProfile::Grade::None};
    f.scoreMin = 35;
    f.scoreMax = 90;
    f.country = u"DE"_s;
    f.industry = u"Software & IT"_s;
    f.size = u"51-200"_s;
    f.tags = {u"saas"_s, u"q3 push"_s, u"ünïcødé"_s};
    f.assigneeId = 7;
    f.siteId = 2;
    f.lastVisitFrom = QDate(2024, 2, 29);
    f.lastVisitTo = QDate(2024, 3, 31);
    f.targetListId = 4;
    f.hidden = true;
    return f;
}

// What every refusal must be: one sentence, and none of the hostile text.
void checkReason(const QString &reason, const QString &input)
{
    QVERIFY2(!reason.isEmpty(), qPrintable(input));
    QVERIFY2(reason.endsWith(u'.'), qPrintable(reason));
    QVERIFY2(!reason.contains(u'\n'), qPrintable(reason));
    for (const QString &marker : {u"<"_s, u"javascript"_s, u"alert"_s, u"%"_s, u".."_s, u"\\"_s})
        QVERIFY2(!reason.contains(marker), qPrintable(reason));
}

} // namespace

class TestMiragetLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void writesOneSpelling();
    void readsWhatOthersMayWrite_data();
    void readsWhatOthersMayWrite();
    void accountKey();
    void refusals_data();
    void refusals();
    void lengthLimit();
    void writerRefusesWhatALinkCannotCarry();
};

void TestMiragetLink::roundTrips_data()
{
    QTest::addColumn<MiragetLink>("link");
    QTest::newRow("lead") << MiragetLink::lead(Key, 42);
    QTest::newRow("lead, largest id") << MiragetLink::lead(Key, MiragetLink::kMaxId);
    QTest::newRow("leads, unfiltered") << MiragetLink::leads(Key, {}, {});
    QTest::newRow("leads, every field")
        << MiragetLink::leads(Key, everyField(), {LeadSort::Column::Score, false});
    LeadFilter unassigned;
    unassigned.assigneeId = 0;
    unassigned.scoreMin = 100;
    QTest::newRow("leads, unassigned, score 100")
        << MiragetLink::leads(Key, unassigned, {LeadSort::Column::Name, true});
    LeadFilter openEnded;
    openEnded.lastVisitTo = QDate(1970, 1, 1);
    openEnded.scoreMax = 0;
    QTest::newRow("leads, open-ended days") << MiragetLink::leads(Key, openEnded, {});
    for (int c = 0; c <= int(LeadSort::Column::Fit); ++c) {
        const auto column = LeadSort::Column(c);
        QTest::addRow("sort %s", qPrintable(LeadSort::columnName(column)))
            << MiragetLink::leads(Key, {}, {column, c % 2 == 0});
    }
    for (const Lead::Status status : Lead::statuses()) {
        LeadFilter f;
        f.statuses = {Lead::wireName(status)};
        QTest::addRow("status %s", qPrintable(Lead::wireName(status))) << MiragetLink::leads(Key, f, {});
    }
    for (const IcpProfile::Grade grade : IcpProfile::grades()) {
        LeadFilter f;
        f.grades = {grade};
        QTest::addRow("grade %s", qPrintable(IcpProfile::wireName(grade))) << MiragetLink::leads(Key, f, {});
    }
    QTest::newRow("dashboard") << MiragetLink::dashboard(Key, QDate(2024, 1, 1), QDate(2024, 1, 31));
    QTest::newRow("dashboard, one day, one site")
        << MiragetLink::dashboard(Key, QDate(2025, 12, 31), QDate(2025, 12, 31), 3);
    QTest::newRow("other account") << MiragetLink::lead(
        MiragetLink::accountKey(QUrl(u"http://127.0.0.1:8080"_s), 2), 1);
}

void TestMiragetLink::roundTrips()
{
    QFETCH(MiragetLink, link);
    QVERIFY2(link.isValid(), qPrintable(link.problem()));
    const QString text = link.toString();
    QVERIFY(text.startsWith(u"miraget://"_s + link.account + u'/'));
    QVERIFY(text.size() <= MiragetLink::kMaxLength);
    QString error;
    const std::optional<MiragetLink> back = MiragetLink::parse(text, &error);
    QVERIFY2(back, qPrintable(error + u": "_s + text));
    QVERIFY(error.isEmpty());
    QVERIFY(*back == link);
    QCOMPARE(back->toString(), text);

    // Through QUrl as the desktop, a browser or Qt would carry it, unchanged.
    const QUrl url = link.toUrl();
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.scheme(), u"miraget"_s);
    QCOMPARE(url.host(), link.account);
    QCOMPARE(url.toString(QUrl::FullyEncoded), text);
    const std::optional<MiragetLink> viaUrl = MiragetLink::parse(url.toString(QUrl::FullyEncoded), &error);
    QVERIFY2(viaUrl && *viaUrl == link, qPrintable(error));
}

void TestMiragetLink::writesOneSpelling()
{
    LeadFilter f;
    f.statuses = {u"new"_s, u"working"_s};
    f.grades = {IcpProfile::Grade::A};
    f.search = u"a b+c/ü"_s;
    QCOMPARE(MiragetLink::leads(Key, f, {LeadSort::Column::Score, true}).toString(),
        link(u"leads?search=a%20b%2Bc%2F%C3%BC&status=new&status=working&grade=A&sort=score"_s));
    QCOMPARE(MiragetLink::leads(Key, {}, {LeadSort::Column::LastVisit, false}).toString(),
        link(u"leads?order=asc"_s));
    QCOMPARE(MiragetLink::leads(Key, {}, {}).toString(), link(u"leads"_s));
    QCOMPARE(MiragetLink::lead(Key, 42).toString(), link(u"lead/42"_s));
    QCOMPARE(MiragetLink::dashboard(Key, QDate(2024, 5, 1), QDate(2024, 5, 7), 2).toString(),
        link(u"dashboard?from=2024-05-01&to=2024-05-07&site=2"_s));
    LeadFilter assigned;
    assigned.assigneeId = 0;
    assigned.hidden = true;
    QCOMPARE(MiragetLink::leads(Key, assigned, {}).toString(), link(u"leads?assignee=none&hidden=1"_s));
}

void TestMiragetLink::readsWhatOthersMayWrite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MiragetLink>("expected");
    QTest::newRow("scheme in capitals") << u"MIRAGET://"_s + Key + u"/lead/5"_s << MiragetLink::lead(Key, 5);
    QTest::newRow("parameters in another order") << link(u"leads?sort=score&status=won&status=new"_s)
                                                 << MiragetLink::leads(Key,
                                                        [] {
                                                            LeadFilter f;
                                                            f.statuses = {u"won"_s, u"new"_s};
                                                            return f;
                                                        }(),
                                                        {LeadSort::Column::Score, true});
    QTest::newRow("defaults spelled out")
        << link(u"leads?scoreMin=0&scoreMax=100&sort=lastVisit&order=desc"_s)
        << MiragetLink::leads(Key, {}, {});
    QTest::newRow("lowercase hex") << link(u"leads?search=a%2fb"_s)
                                   << MiragetLink::leads(Key,
                                          [] {
                                              LeadFilter f;
                                              f.search = u"a/b"_s;
                                              return f;
                                          }(),
                                          {});
    // Decoded once: what was encoded twice is the text with a percent sign in it.
    QTest::newRow("double encoding is text") << link(u"leads?search=%2541"_s)
                                             << MiragetLink::leads(Key,
                                                    [] {
                                                        LeadFilter f;
                                                        f.search = u"%41"_s;
                                                        return f;
                                                    }(),
                                                    {});
    // Words are data: a search for them, never run.
    QTest::newRow("a search for javascript:") << link(u"leads?search=javascript%3Aalert%281%29"_s)
                                              << MiragetLink::leads(Key,
                                                     [] {
                                                         LeadFilter f;
                                                         f.search = u"javascript:alert(1)"_s;
                                                         return f;
                                                     }(),
                                                     {});
    QTest::newRow("dashboard, to before from in the text")
        << link(u"dashboard?to=2024-01-02&from=2024-01-01"_s)
        << MiragetLink::dashboard(Key, QDate(2024, 1, 1), QDate(2024, 1, 2));
}

void TestMiragetLink::readsWhatOthersMayWrite()
{
    QFETCH(QString, text);
    QFETCH(MiragetLink, expected);
    QString error;
    const std::optional<MiragetLink> parsed = MiragetLink::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(*parsed == expected);
}

void TestMiragetLink::accountKey()
{
    const QUrl server(u"https://miraget.example.com"_s);
    const QString key = MiragetLink::accountKey(server, 1);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{20}$"_s).match(key).hasMatch(), qPrintable(key));
    // Stable across versions (docs/links.md): a link written today opens in every later version.
    QCOMPARE(key, u"758a8c08246d3aec22f4"_s);
    // Stable: the same account is the same key, however its address was written.
    QCOMPARE(MiragetLink::accountKey(QUrl(u"https://miraget.example.com/"_s), 1), key);
    QCOMPARE(MiragetLink::accountKey(QUrl(u"https://MIRAGET.example.com/v1"_s), 1), key);
    // Another account, server, port or scheme is another key.
    QVERIFY(MiragetLink::accountKey(server, 2) != key);
    QVERIFY(MiragetLink::accountKey(QUrl(u"https://other.example.com"_s), 1) != key);
    QVERIFY(MiragetLink::accountKey(QUrl(u"https://miraget.example.com:8443"_s), 1) != key);
    QVERIFY(MiragetLink::accountKey(QUrl(u"http://miraget.example.com"_s), 1) != key);
    // The tenant, not the user: every member of the account gets the same key.
    AccountRegistry::Account owner {server, 11, u"owner@acme.example"_s, {}, {}, 1, {}};
    AccountRegistry::Account viewer {server, 15, u"viewer@acme.example"_s, {}, {}, 1, {}};
    QCOMPARE(MiragetLink::accountKey(owner), key);
    QCOMPARE(MiragetLink::accountKey(viewer), key);
    // Nothing readable of the server or the people in it.
    QVERIFY(!key.contains(u"miraget"_s) && !key.contains(u"example"_s));
}

void TestMiragetLink::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const QString notMiraget = u"This is not a Miraget link: it must start with miraget://."_s;
    const QString control = u"The link contains control characters."_s;
    const QString badCharacter
        = u"The link contains a character that links cannot contain, such as a space."_s;
    const QString account = u"The link does not name a valid account."_s;
    const QString kind = u"The link does not lead to a lead, a lead list or a dashboard."_s;
    const QString path = u"The link's path is not valid."_s;
    const QString leadId = u"The lead's number in the link must be a positive whole number."_s;
    const QString notNameValue = u"A parameter of the link is not written as name=value."_s;
    const QString unknownName = u"The link has a parameter Miraget does not know."_s;
    const auto unknown
        = [](const QString &name) { return u"The link has an unknown parameter “%1”."_s.arg(name); };
    const auto encoding = [](const QString &name) {
        return u"The value of “%1” in the link is not encoded correctly."_s.arg(name);
    };
    const auto repeated
        = [](const QString &name) { return u"The link repeats the parameter “%1”."_s.arg(name); };
    const auto invalid
        = [](const QString &name) { return u"The link's value for “%1” is not valid."_s.arg(name); };
    const QString upsideDown = u"The link's range ends before it starts."_s;
    const QString dashboardDays = u"A dashboard link needs both a “from” and a “to” day."_s;

    // Wrong scheme, or none.
    QTest::newRow("empty") << QString() << notMiraget;
    QTest::newRow("https") << u"https://miraget.example.com/lead/1"_s << notMiraget;
    QTest::newRow("javascript:") << u"javascript:alert(document.cookie)"_s << notMiraget;
    QTest::newRow("javascript: with slashes") << u"javascript://%0Aalert(1)"_s << notMiraget;
    QTest::newRow("file") << u"file:///etc/passwd"_s << notMiraget;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << notMiraget;
    QTest::newRow("scheme look-alike") << u"miraget2://"_s + Key + u"/lead/1"_s << notMiraget;
    QTest::newRow("no slashes") << u"miraget:"_s + Key + u"/lead/1"_s << notMiraget;
    QTest::newRow("one slash") << u"miraget:/"_s + Key + u"/lead/1"_s << notMiraget;
    QTest::newRow("no colon") << u"miraget"_s << notMiraget;

    // Characters no link has.
    QTest::newRow("newline") << link(u"lead/1\n"_s) << control;
    QTest::newRow("carriage return inside") << link(u"lea\rd/1"_s) << control;
    QTest::newRow("tab") << link(u"lead/\t1"_s) << control;
    QTest::newRow("NUL") << link(u"lead/1"_s) + QChar(0) << control;
    QTest::newRow("DEL") << link(u"lead/1\x7f"_s) << control;
    QTest::newRow("C1 control") << link(u"lead/1"_s) + QChar(0x85) << control;
    QTest::newRow("space") << link(u"leads?search=a b"_s) << badCharacter;
    QTest::newRow("raw non-ASCII") << link(u"leads?search=ü"_s) << badCharacter;
    QTest::newRow("right-to-left override raw") << link(u"lead/1"_s) + QChar(0x202E) << badCharacter;
    QTest::newRow("fullwidth slash") << link(u"lead\uFF0F1"_s) << badCharacter;

    // The account.
    QTest::newRow("no account") << u"miraget:///lead/1"_s << account;
    QTest::newRow("account only") << u"miraget://"_s + Key << kind;
    QTest::newRow("account in capitals") << u"miraget://"_s + Key.toUpper() + u"/lead/1"_s << account;
    QTest::newRow("account too short") << u"miraget://"_s + Key.left(19) + u"/lead/1"_s << account;
    QTest::newRow("account too long") << u"miraget://"_s + Key + u"0/lead/1"_s << account;
    QTest::newRow("account not hex") << u"miraget://"_s + Key.left(19) + u"g/lead/1"_s << account;
    QTest::newRow("user name") << u"miraget://evil@"_s + Key + u"/lead/1"_s << account;
    QTest::newRow("port") << u"miraget://"_s + Key + u":80/lead/1"_s << account;
    QTest::newRow("host name") << u"miraget://miraget.example.com/lead/1"_s << account;
    QTest::newRow("encoded account") << u"miraget://%61"_s + Key.mid(1) + u"/lead/1"_s << account;

    // The kind.
    QTest::newRow("unknown kind") << link(u"contacts/1"_s) << kind;
    QTest::newRow("kind in capitals") << link(u"LEAD/1"_s) << kind;
    QTest::newRow("lead without id") << link(u"lead"_s) << kind;
    QTest::newRow("leads with an id") << link(u"leads/1"_s) << kind;
    QTest::newRow("lead with more") << link(u"lead/1/notes"_s) << kind;
    QTest::newRow("settings") << link(u"settings?server=https://evil.example"_s) << kind;

    // Path traversal and other path tricks.
    QTest::newRow("dot-dot") << link(u"lead/../lead/1"_s) << path;
    QTest::newRow("dot") << link(u"./lead/1"_s) << path;
    QTest::newRow("dot-dot at the end") << link(u"lead/1/.."_s) << path;
    QTest::newRow("empty segment") << link(u"lead//1"_s) << path;
    QTest::newRow("trailing slash") << link(u"lead/1/"_s) << path;
    QTest::newRow("leading slash") << link(u"/lead/1"_s) << path;
    QTest::newRow("encoded dot-dot") << link(u"%2e%2e/lead/1"_s) << path;
    QTest::newRow("encoded slash") << link(u"lead%2F1"_s) << path;
    QTest::newRow("encoded letter in the path") << link(u"l%65ad/1"_s) << path;
    QTest::newRow("encoded NUL in the path") << link(u"lead/1%00"_s) << path;
    QTest::newRow("backslash") << link(u"lead\\..\\1"_s) << path;
    QTest::newRow("fragment") << link(u"lead/1#notes"_s) << u"Miraget links have no part after “#”."_s;

    // Lead ids.
    QTest::newRow("id 0") << link(u"lead/0"_s) << leadId;
    QTest::newRow("negative id") << link(u"lead/-1"_s) << leadId;
    QTest::newRow("plus sign") << link(u"lead/+1"_s) << leadId;
    QTest::newRow("leading zero") << link(u"lead/01"_s) << leadId;
    QTest::newRow("fraction") << link(u"lead/1.5"_s) << leadId;
    QTest::newRow("exponent") << link(u"lead/1e3"_s) << leadId;
    QTest::newRow("hex") << link(u"lead/0x10"_s) << leadId;
    QTest::newRow("letters") << link(u"lead/abc"_s) << leadId;
    QTest::newRow("past 2^53") << link(u"lead/9007199254740992"_s) << leadId;
    QTest::newRow("past 64 bits") << link(u"lead/99999999999999999999"_s) << leadId;
    QTest::newRow("lead with parameters")
        << link(u"lead/1?status=new"_s) << u"A link to a lead takes no parameters."_s;

    // Parameters that are not name=value.
    QTest::newRow("empty query") << link(u"leads?"_s) << notNameValue;
    QTest::newRow("lone ampersand") << link(u"leads?&"_s) << notNameValue;
    QTest::newRow("double ampersand") << link(u"leads?status=new&&grade=A"_s) << notNameValue;
    QTest::newRow("name without value") << link(u"leads?hidden"_s) << notNameValue;
    QTest::newRow("value without name") << link(u"leads?=new"_s) << notNameValue;
    QTest::newRow("encoded name") << link(u"leads?st%61tus=new"_s) << unknownName;
    QTest::newRow("name with digits") << link(u"leads?status2=new"_s) << unknownName;
    QTest::newRow("name with a dash") << link(u"leads?score-min=1"_s) << unknownName;
    QTest::newRow("unknown parameter") << link(u"leads?limit=10"_s) << unknown(u"limit"_s);
    QTest::newRow("name in another case") << link(u"leads?Status=new"_s) << unknown(u"Status"_s);
    QTest::newRow("dashboard parameter on leads") << link(u"leads?from=2024-01-01"_s) << unknown(u"from"_s);
    QTest::newRow("lead parameter on dashboard")
        << link(u"dashboard?from=2024-01-01&to=2024-01-02&status=new"_s) << unknown(u"status"_s);

    // Percent-encoding tricks.
    QTest::newRow("bad hex") << link(u"leads?search=%zz"_s) << encoding(u"search"_s);
    QTest::newRow("cut escape") << link(u"leads?search=%4"_s) << encoding(u"search"_s);
    QTest::newRow("lone percent") << link(u"leads?search=100%"_s) << encoding(u"search"_s);
    QTest::newRow("encoded unreserved letter") << link(u"leads?status=%6Eew"_s) << encoding(u"status"_s);
    QTest::newRow("encoded dot") << link(u"leads?search=%2E%2E"_s) << encoding(u"search"_s);
    QTest::newRow("overlong UTF-8 dot") << link(u"leads?search=%C0%AE"_s) << encoding(u"search"_s);
    QTest::newRow("overlong UTF-8 slash") << link(u"leads?search=%E0%80%AF"_s) << encoding(u"search"_s);
    QTest::newRow("UTF-16 surrogate") << link(u"leads?search=%ED%A0%80"_s) << encoding(u"search"_s);
    QTest::newRow("invalid byte") << link(u"leads?search=%FF"_s) << encoding(u"search"_s);
    QTest::newRow("cut UTF-8") << link(u"leads?search=%C3"_s) << encoding(u"search"_s);
    QTest::newRow("raw plus") << link(u"leads?search=a+b"_s) << encoding(u"search"_s);
    QTest::newRow("raw slash") << link(u"leads?search=a/b"_s) << encoding(u"search"_s);
    QTest::newRow("raw colon (javascript:)")
        << link(u"leads?search=javascript:alert(1)"_s) << encoding(u"search"_s);
    QTest::newRow("raw equals in the value") << link(u"leads?search=a=b"_s) << encoding(u"search"_s);
    QTest::newRow("raw angle bracket") << link(u"leads?search=<script>"_s) << encoding(u"search"_s);
    QTest::newRow("encoded ampersand smuggles nothing")
        << link(u"leads?status=new%26status%3Dnew"_s) << invalid(u"status"_s);
    QTest::newRow("double-encoded status") << link(u"leads?status=%256Eew"_s) << invalid(u"status"_s);

    // Control characters once decoded.
    QTest::newRow("encoded newline") << link(u"leads?search=a%0Ab"_s) << invalid(u"search"_s);
    QTest::newRow("encoded NUL") << link(u"leads?search=%00"_s) << invalid(u"search"_s);
    QTest::newRow("encoded escape") << link(u"leads?tag=%1B%5B31m"_s) << invalid(u"tag"_s);
    QTest::newRow("encoded DEL") << link(u"leads?country=%7F"_s) << invalid(u"country"_s);
    QTest::newRow("encoded C1") << link(u"leads?industry=%C2%85"_s) << invalid(u"industry"_s);
    QTest::newRow("encoded right-to-left override")
        << link(u"leads?search=%E2%80%AEtxt.exe"_s) << invalid(u"search"_s);
    QTest::newRow("encoded line separator") << link(u"leads?size=%E2%80%A8"_s) << invalid(u"size"_s);

    // Duplicated parameters.
    QTest::newRow("same status twice") << link(u"leads?status=new&status=new"_s) << repeated(u"status"_s);
    QTest::newRow("same tag twice") << link(u"leads?tag=saas&tag=saas"_s) << repeated(u"tag"_s);
    QTest::newRow("same grade twice") << link(u"leads?grade=A&grade=A"_s) << repeated(u"grade"_s);
    QTest::newRow("two searches") << link(u"leads?search=a&search=b"_s) << repeated(u"search"_s);
    QTest::newRow("two minimum scores") << link(u"leads?scoreMin=1&scoreMin=2"_s) << repeated(u"scoreMin"_s);
    QTest::newRow("two sorts") << link(u"leads?sort=score&sort=name"_s) << repeated(u"sort"_s);
    QTest::newRow("two hidden") << link(u"leads?hidden=1&hidden=1"_s) << repeated(u"hidden"_s);
    QTest::newRow("two froms") << link(u"dashboard?from=2024-01-01&from=2024-01-02&to=2024-01-03"_s)
                               << repeated(u"from"_s);
    QTest::newRow("two sites") << link(u"dashboard?from=2024-01-01&to=2024-01-03&site=1&site=2"_s)
                               << repeated(u"site"_s);

    // Unknown or invalid values.
    QTest::newRow("unknown status") << link(u"leads?status=open"_s) << invalid(u"status"_s);
    QTest::newRow("status in capitals") << link(u"leads?status=NEW"_s) << invalid(u"status"_s);
    QTest::newRow("unknown temperature")
        << link(u"leads?temperature=lukewarm"_s) << invalid(u"temperature"_s);
    QTest::newRow("unknown grade") << link(u"leads?grade=E"_s) << invalid(u"grade"_s);
    QTest::newRow("grade in lowercase") << link(u"leads?grade=a"_s) << invalid(u"grade"_s);
    QTest::newRow("score above 100") << link(u"leads?scoreMin=101"_s) << invalid(u"scoreMin"_s);
    QTest::newRow("negative score") << link(u"leads?scoreMax=-1"_s) << invalid(u"scoreMax"_s);
    QTest::newRow("score with a leading zero") << link(u"leads?scoreMin=05"_s) << invalid(u"scoreMin"_s);
    QTest::newRow("score not a number") << link(u"leads?scoreMax=high"_s) << invalid(u"scoreMax"_s);
    QTest::newRow("empty search") << link(u"leads?search="_s) << invalid(u"search"_s);
    QTest::newRow("empty country") << link(u"leads?country="_s) << invalid(u"country"_s);
    QTest::newRow("empty tag") << link(u"leads?tag="_s) << invalid(u"tag"_s);
    QTest::newRow("search too long") << link(u"leads?search="_s + QString(501, u'a')) << invalid(u"search"_s);
    QTest::newRow("tag too long") << link(u"leads?tag="_s + QString(201, u'a')) << invalid(u"tag"_s);
    QTest::newRow("assignee 0") << link(u"leads?assignee=0"_s) << invalid(u"assignee"_s);
    QTest::newRow("assignee -1") << link(u"leads?assignee=-1"_s) << invalid(u"assignee"_s);
    QTest::newRow("assignee nobody") << link(u"leads?assignee=nobody"_s) << invalid(u"assignee"_s);
    QTest::newRow("site 0") << link(u"leads?site=0"_s) << invalid(u"site"_s);
    QTest::newRow("target list not a number") << link(u"leads?targetList=x"_s) << invalid(u"targetList"_s);
    QTest::newRow("month 13") << link(u"leads?lastVisitFrom=2024-13-01"_s) << invalid(u"lastVisitFrom"_s);
    QTest::newRow("February 30") << link(u"leads?lastVisitTo=2024-02-30"_s) << invalid(u"lastVisitTo"_s);
    QTest::newRow("short date") << link(u"leads?lastVisitFrom=2024-1-1"_s) << invalid(u"lastVisitFrom"_s);
    QTest::newRow("date with time") << link(u"leads?lastVisitFrom=2024-01-01T00%3A00"_s)
                                    << invalid(u"lastVisitFrom"_s);
    QTest::newRow("year 1969") << link(u"leads?lastVisitFrom=1969-12-31"_s) << invalid(u"lastVisitFrom"_s);
    QTest::newRow("hidden=0") << link(u"leads?hidden=0"_s) << invalid(u"hidden"_s);
    QTest::newRow("hidden=true") << link(u"leads?hidden=true"_s) << invalid(u"hidden"_s);
    QTest::newRow("unknown sort") << link(u"leads?sort=revenue"_s) << invalid(u"sort"_s);
    QTest::newRow("sort as SQL") << link(u"leads?sort=score%3B%20DROP%20TABLE%20leads"_s)
                                 << invalid(u"sort"_s);
    QTest::newRow("unknown order") << link(u"leads?order=up"_s) << invalid(u"order"_s);
    QTest::newRow("dashboard bad day")
        << link(u"dashboard?from=2024-01-01&to=tomorrow"_s) << invalid(u"to"_s);
    QTest::newRow("dashboard site -1")
        << link(u"dashboard?from=2024-01-01&to=2024-01-01&site=-1"_s) << invalid(u"site"_s);

    // Ranges upside down.
    QTest::newRow("score range") << link(u"leads?scoreMin=80&scoreMax=20"_s) << upsideDown;
    QTest::newRow("visit days") << link(u"leads?lastVisitFrom=2024-03-02&lastVisitTo=2024-03-01"_s)
                                << upsideDown;
    QTest::newRow("dashboard days") << link(u"dashboard?from=2024-03-02&to=2024-03-01"_s) << upsideDown;

    // A dashboard link without its days.
    QTest::newRow("dashboard without days") << link(u"dashboard"_s) << dashboardDays;
    QTest::newRow("dashboard without to") << link(u"dashboard?from=2024-01-01"_s) << dashboardDays;
    QTest::newRow("dashboard without from") << link(u"dashboard?to=2024-01-01&site=1"_s) << dashboardDays;
}

void TestMiragetLink::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error = u"left over"_s;
    const std::optional<MiragetLink> parsed = MiragetLink::parse(text, &error);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString() : QString()));
    QCOMPARE(error, reason);
    checkReason(error, text);
    // Without somewhere to put the reason, too.
    QVERIFY(!MiragetLink::parse(text));
}

void TestMiragetLink::lengthLimit()
{
    const QString tooLong = u"The link is too long: Miraget links have at most 2048 characters."_s;
    // A valid link of exactly the limit is read; one character more is refused for its length
    // before anything else is looked at.
    QString exact = link(u"leads?search="_s + QString(MiragetLink::kMaxSearch, u'a') + u"&tag="_s);
    for (char16_t letter = u'a';; ++letter) {
        const qsizetype room = MiragetLink::kMaxLength - exact.size();
        if (room <= MiragetLink::kMaxText) {
            exact += QString(room, QChar(letter));
            break;
        }
        exact += QString(150, QChar(letter)) + u"&tag="_s;
    }
    QCOMPARE(exact.size(), MiragetLink::kMaxLength);
    QString error;
    QVERIFY2(MiragetLink::parse(exact, &error), qPrintable(error));
    QVERIFY2(!MiragetLink::parse(QString(exact + u'z'), &error), "2049 characters were read");
    QCOMPARE(error, tooLong);
    // Hostile and long: the length is what is reported, and nothing of it.
    QVERIFY(!MiragetLink::parse(QString(u"javascript:"_s + QString(5000, u'%')), &error));
    QCOMPARE(error, tooLong);
    QVERIFY(!MiragetLink::parse(link(QString(1 << 20, u'/')), &error));
    QCOMPARE(error, tooLong);
}

void TestMiragetLink::writerRefusesWhatALinkCannotCarry()
{
    // A view whose filter holds what a link cannot carry is not written as a link that would be
    // refused when opened: it has no text, and says why.
    LeadFilter control;
    control.search = u"line one\nline two"_s;
    MiragetLink withControl = MiragetLink::leads(Key, control, {});
    QCOMPARE(withControl.problem(), u"The link's value for “search” is not valid."_s);
    QVERIFY(withControl.toString().isEmpty());
    QVERIFY(!withControl.toUrl().isValid());

    LeadFilter upsideDown;
    upsideDown.scoreMin = 90;
    upsideDown.scoreMax = 10;
    QCOMPARE(MiragetLink::leads(Key, upsideDown, {}).problem(), u"The link's range ends before it starts."_s);

    LeadFilter unknownStatus;
    unknownStatus.statuses = {u"archived"_s};
    QVERIFY(!MiragetLink::leads(Key, unknownStatus, {}).isValid());

    LeadFilter huge;
    for (int i = 0; i < 20; ++i)
        huge.tags.append(QString(MiragetLink::kMaxText, QChar(u'a' + i)));
    QCOMPARE(MiragetLink::leads(Key, huge, {}).problem(),
        u"The link is too long: Miraget links have at most 2048 characters."_s);

    QVERIFY(!MiragetLink::lead(Key, 0).isValid());
    QVERIFY(!MiragetLink::lead(u"not-a-key"_s, 1).isValid());
    QVERIFY(!MiragetLink::dashboard(Key, QDate(2024, 2, 1), QDate(2024, 1, 1)).isValid());
    QVERIFY(!MiragetLink::dashboard(Key, QDate(), QDate(2024, 1, 1)).isValid());
}

QTEST_GUILESS_MAIN(TestMiragetLink)
#include "tst_miragetlink.moc"
