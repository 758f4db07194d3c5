#include "seedcatalog.h"

// The tables behind seedcatalog.h. Order matters: the seeder picks by index, so reordering or
// inserting entries changes every seeded database (append instead when the output may change).

namespace seedcatalog {

using namespace Qt::StringLiterals;
using S = QString;

const QStringList &nameHeads()
{
    static const QStringList heads = {
        u"Bright"_s,
        u"North"_s,
        u"Blue"_s,
        u"Silver"_s,
        u"Iron"_s,
        u"Clear"_s,
        u"Swift"_s,
        u"Green"_s,
        u"Red"_s,
        u"Stone"_s,
        u"Oak"_s,
        u"Sun"_s,
        u"Star"_s,
        u"Sea"_s,
        u"Cloud"_s,
        u"Peak"_s,
        u"True"_s,
        u"Nova"_s,
        u"Apex"_s,
        u"Bold"_s,
        u"Cedar"_s,
        u"Copper"_s,
        u"Crystal"_s,
        u"Delta"_s,
        u"Echo"_s,
        u"Ember"_s,
        u"Falcon"_s,
        u"Frost"_s,
        u"Gold"_s,
        u"Harbor"_s,
        u"High"_s,
        u"Lake"_s,
        u"Maple"_s,
        u"Moon"_s,
        u"Pine"_s,
        u"Prime"_s,
        u"River"_s,
        u"Sky"_s,
        u"Summit"_s,
        u"Terra"_s,
        u"West"_s,
        u"Wild"_s,
        u"Zen"_s,
        u"Grün"_s,
        u"Söder"_s,
        u"Fjäll"_s,
        u"Élan"_s,
        u"Brück"_s,
    };
    return heads;
}

const QStringList &nameTails()
{
    static const QStringList tails = {
        u"wave"_s,
        u"field"_s,
        u"bridge"_s,
        u"point"_s,
        u"stone"_s,
        u"works"_s,
        u"line"_s,
        u"gate"_s,
        u"path"_s,
        u"core"_s,
        u"forge"_s,
        u"light"_s,
        u"view"_s,
        u"ridge"_s,
        u"port"_s,
        u"leaf"_s,
        u"rock"_s,
        u"stream"_s,
        u"wind"_s,
        u"vale"_s,
        u"mark"_s,
        u"spring"_s,
        u"hill"_s,
        u"shore"_s,
        u"crest"_s,
        u"haven"_s,
        u"wood"_s,
        u"bay"_s,
        u"fox"_s,
        u"brook"_s,
        u"well"_s,
        u"side"_s,
    };
    return tails;
}

const QList<Industry> &industries()
{
    static const QList<Industry> list = {
        {u"Software"_s, {u"Software"_s, u"Systems"_s, u"Labs"_s, u"Digital"_s, u"Cloud"_s}, 16},
        {u"Financial services"_s, {u"Capital"_s, u"Finance"_s, u"Payments"_s, u"Insurance"_s, u"Wealth"_s},
            9},
        {u"Manufacturing"_s,
            {u"Industries"_s, u"Engineering"_s, u"Components"_s, u"Machines"_s, u"Fabrication"_s}, 9},
        {u"Healthcare"_s, {u"Health"_s, u"Medical"_s, u"Clinics"_s, u"Diagnostics"_s, u"Care"_s}, 7},
        {u"Retail"_s, {u"Retail"_s, u"Stores"_s, u"Goods"_s, u"Outfitters"_s, u"Market"_s}, 7},
        {u"Logistics"_s, {u"Logistics"_s, u"Freight"_s, u"Transport"_s, u"Shipping"_s, u"Cargo"_s}, 6},
        {u"Education"_s, {u"Academy"_s, u"Learning"_s, u"Education"_s, u"Institute"_s, u"Tutors"_s}, 4},
        {u"Media"_s, {u"Media"_s, u"Studios"_s, u"Publishing"_s, u"Productions"_s, u"Press"_s}, 5},
        {u"Telecommunications"_s, {u"Telecom"_s, u"Networks"_s, u"Connect"_s, u"Mobile"_s, u"Fibre"_s}, 3},
        {u"Energy"_s, {u"Energy"_s, u"Power"_s, u"Solar"_s, u"Renewables"_s, u"Grid"_s}, 4},
        {u"Consulting"_s, {u"Consulting"_s, u"Partners"_s, u"Advisory"_s, u"Associates"_s, u"Group"_s}, 8},
        {u"Real estate"_s, {u"Properties"_s, u"Estates"_s, u"Homes"_s, u"Realty"_s, u"Developments"_s}, 4},
        {u"Automotive"_s, {u"Motors"_s, u"Automotive"_s, u"Mobility"_s, u"Vehicles"_s, u"Auto"_s}, 4},
        {u"Travel"_s, {u"Travel"_s, u"Tours"_s, u"Journeys"_s, u"Hotels"_s, u"Voyages"_s}, 4},
        {u"Non-profit"_s, {u"Foundation"_s, u"Trust"_s, u"Alliance"_s, u"Society"_s, u"Initiative"_s}, 2},
        {u"Public sector"_s, {u"Council"_s, u"Agency"_s, u"Authority"_s, u"Services"_s, u"Board"_s}, 2},
    };
    return list;
}

const QList<Weighted> &companySizes()
{
    static const QList<Weighted> list = {
        {u"1-10"_s, 22},
        {u"11-50"_s, 28},
        {u"51-200"_s, 22},
        {u"201-500"_s, 12},
        {u"501-1000"_s, 7},
        {u"1001-5000"_s, 5},
        {u"5001-10000"_s, 2},
        {u"10000+"_s, 2},
    };
    return list;
}

const QList<Country> &countries()
{
    static const QList<Country> list = {
        {u"GB"_s, u".co.uk"_s, {u"Ltd"_s, u"plc"_s},
            {u"London"_s, u"Manchester"_s, u"Edinburgh"_s, u"Bristol"_s, u"Leeds"_s, u"Cambridge"_s}, 20},
        {u"US"_s, u".com"_s, {u"Inc."_s, u"LLC"_s},
            {u"New York"_s, u"San Francisco"_s, u"Austin"_s, u"Boston"_s, u"Chicago"_s, u"Seattle"_s}, 18},
        {u"DE"_s, u".de"_s, {u"GmbH"_s, u"AG"_s},
            {u"Berlin"_s, u"München"_s, u"Hamburg"_s, u"Köln"_s, u"Frankfurt am Main"_s, u"Düsseldorf"_s},
            12},
        {u"FR"_s, u".fr"_s, {u"SAS"_s, u"SA"_s},
            {u"Paris"_s, u"Lyon"_s, u"Toulouse"_s, u"Nantes"_s, u"Besançon"_s}, 7},
        {u"NL"_s, u".nl"_s, {u"BV"_s, u"NV"_s},
            {u"Amsterdam"_s, u"Rotterdam"_s, u"Utrecht"_s, u"Eindhoven"_s}, 6},
        {u"ES"_s, u".es"_s, {u"S.L."_s, u"S.A."_s}, {u"Madrid"_s, u"Barcelona"_s, u"Valencia"_s, u"Málaga"_s},
            4},
        {u"IT"_s, u".it"_s, {u"S.r.l."_s, u"S.p.A."_s}, {u"Milano"_s, u"Roma"_s, u"Torino"_s, u"Bologna"_s},
            4},
        {u"SE"_s, u".se"_s, {u"AB"_s}, {u"Stockholm"_s, u"Göteborg"_s, u"Malmö"_s, u"Uppsala"_s}, 4},
        {u"IE"_s, u".ie"_s, {u"Ltd"_s, u"DAC"_s}, {u"Dublin"_s, u"Cork"_s, u"Galway"_s}, 4},
        {u"CH"_s, u".ch"_s, {u"AG"_s, u"GmbH"_s, u"SA"_s},
            {u"Zürich"_s, u"Genève"_s, u"Basel"_s, u"Lausanne"_s}, 3},
        {u"CA"_s, u".ca"_s, {u"Inc."_s, u"Ltd."_s},
            {u"Toronto"_s, u"Montréal"_s, u"Vancouver"_s, u"Ottawa"_s}, 4},
        {u"AU"_s, u".com.au"_s, {u"Pty Ltd"_s}, {u"Sydney"_s, u"Melbourne"_s, u"Brisbane"_s, u"Perth"_s}, 3},
        {u"IN"_s, u".in"_s, {u"Pvt Ltd"_s}, {u"Bengaluru"_s, u"Mumbai"_s, u"Pune"_s, u"Hyderabad"_s}, 3},
        {u"JP"_s, u".co.jp"_s, {u"K.K."_s}, {u"Tokyo"_s, u"Osaka"_s, u"Kyoto"_s, u"Fukuoka"_s}, 2},
        {u"BR"_s, u".com.br"_s, {u"Ltda."_s}, {u"São Paulo"_s, u"Rio de Janeiro"_s, u"Florianópolis"_s}, 2},
        {u"FI"_s, u".fi"_s, {u"Oy"_s}, {u"Helsinki"_s, u"Espoo"_s, u"Tampere"_s, u"Jyväskylä"_s}, 1},
        {u"DK"_s, u".dk"_s, {u"ApS"_s, u"A/S"_s}, {u"København"_s, u"Aarhus"_s, u"Odense"_s}, 1},
        {u"NO"_s, u".no"_s, {u"AS"_s}, {u"Oslo"_s, u"Bergen"_s, u"Trondheim"_s}, 1},
        {u"PL"_s, u".pl"_s, {u"sp. z o.o."_s}, {u"Warszawa"_s, u"Kraków"_s, u"Wrocław"_s, u"Gdańsk"_s}, 1},
        {u"AT"_s, u".at"_s, {u"GmbH"_s}, {u"Wien"_s, u"Graz"_s, u"Linz"_s}, 1},
    };
    return list;
}

const QStringList &leadTags()
{
    static const QStringList tags = {
        u"enterprise"_s,
        u"smb"_s,
        u"target-account"_s,
        u"competitor"_s,
        u"partner"_s,
        u"inbound"_s,
        u"event-2026"_s,
        u"reengaged"_s,
        u"pricing-interest"_s,
        u"trial"_s,
    };
    return tags;
}

const QList<Page> &sitePages(SiteKind kind)
{
    static const QList<Page> product = {
        {u"/"_s, u"Acme Analytics — Know which companies visit your website"_s, 40},
        {u"/pricing"_s, u"Pricing — Acme Analytics"_s, 12},
        {u"/features"_s, u"Features — Acme Analytics"_s, 8},
        {u"/features/lead-scoring"_s, u"Lead scoring — Acme Analytics"_s, 5},
        {u"/features/crm-sync"_s, u"CRM sync — Acme Analytics"_s, 4},
        {u"/integrations"_s, u"Integrations — Acme Analytics"_s, 3},
        {u"/integrations/hubspot"_s, u"HubSpot integration — Acme Analytics"_s, 4},
        {u"/integrations/salesforce"_s, u"Salesforce integration — Acme Analytics"_s, 3},
        {u"/customers"_s, u"Customer stories — Acme Analytics"_s, 3},
        {u"/customers/brightwave"_s, u"How Brightwave doubled its pipeline — Acme Analytics"_s, 2},
        {u"/security"_s, u"Security & GDPR — Acme Analytics"_s, 2},
        {u"/about"_s, u"About us — Acme Analytics"_s, 2},
        {u"/careers"_s, u"Careers — Acme Analytics"_s, 2},
        {u"/contact"_s, u"Contact sales — Acme Analytics"_s, 2},
        {u"/demo"_s, u"Book a demo — Acme Analytics"_s, 4},
        {u"/signup"_s, u"Start your free trial — Acme Analytics"_s, 2},
    };
    static const QList<Page> blog = {
        {u"/"_s, u"The Acme Analytics blog"_s, 10},
        {u"/posts/b2b-website-visitor-identification"_s, u"B2B website visitor identification, explained"_s,
            12},
        {u"/posts/lead-scoring-without-cookies"_s, u"Lead scoring without third-party cookies"_s, 9},
        {u"/posts/gdpr-and-company-level-analytics"_s, u"GDPR and company-level analytics"_s, 7},
        {u"/posts/hubspot-workflows-for-inbound"_s, u"Five HubSpot workflows for inbound leads"_s, 6},
        {u"/posts/account-based-marketing-101"_s, u"Account-based marketing 101"_s, 6},
        {u"/posts/what-a-hot-lead-looks-like"_s, u"What a hot lead actually looks like"_s, 5},
        {u"/posts/pricing-page-teardown"_s, u"We tore down 50 SaaS pricing pages"_s, 5},
        {u"/posts/sales-and-marketing-alignment"_s, u"Sales and marketing alignment in practice"_s, 4},
        {u"/posts/release-notes-spring"_s, u"Release notes: spring update"_s, 3},
        {u"/tags/guides"_s, u"Guides — The Acme Analytics blog"_s, 1},
        {u"/tags/product"_s, u"Product news — The Acme Analytics blog"_s, 1},
    };
    static const QList<Page> docs = {
        {u"/"_s, u"Acme Analytics documentation"_s, 10},
        {u"/getting-started"_s, u"Getting started — Acme Analytics docs"_s, 8},
        {u"/tracker/install"_s, u"Installing the tracker — Acme Analytics docs"_s, 8},
        {u"/tracker/consent"_s, u"Consent and location — Acme Analytics docs"_s, 4},
        {u"/integrations/hubspot"_s, u"HubSpot — Acme Analytics docs"_s, 4},
        {u"/integrations/webhooks"_s, u"Webhooks — Acme Analytics docs"_s, 3},
        {u"/api"_s, u"API reference — Acme Analytics docs"_s, 3},
    };
    static const QList<Page> corporate = {
        {u"/"_s, u"Globex Trading — Industrial supplies since 1987"_s, 40},
        {u"/produkte"_s, u"Produkte — Globex Trading"_s, 10},
        {u"/produkte/ventile"_s, u"Industrieventile — Globex Trading"_s, 6},
        {u"/produkte/pumpen"_s, u"Pumpen & Zubehör — Globex Trading"_s, 5},
        {u"/produkte/dichtungen"_s, u"Dichtungen — Globex Trading"_s, 3},
        {u"/ueber-uns"_s, u"Über uns — Globex Trading"_s, 3},
        {u"/referenzen"_s, u"Referenzen — Globex Trading"_s, 2},
        {u"/karriere"_s, u"Karriere — Globex Trading"_s, 2},
        {u"/kontakt"_s, u"Kontakt — Globex Trading"_s, 3},
        {u"/angebot-anfordern"_s, u"Angebot anfordern — Globex Trading"_s, 2},
    };
    switch (kind) {
    case SiteKind::Product:
        return product;
    case SiteKind::Blog:
        return blog;
    case SiteKind::Docs:
        return docs;
    case SiteKind::Corporate:
        return corporate;
    }
    return product;
}

const QList<TrafficSource> &organicSources()
{
    static const QList<TrafficSource> list = {
        {u"https://www.google.com/"_s, S(), S(), S(), 38},
        {u""_s, S(), S(), S(), 24},
        {u"https://www.linkedin.com/"_s, S(), S(), S(), 11},
        {u"https://www.bing.com/"_s, S(), S(), S(), 8},
        {u"https://duckduckgo.com/"_s, S(), S(), S(), 6},
        {u"https://news.ycombinator.com/"_s, S(), S(), S(), 4},
        {u"https://www.g2.com/"_s, S(), S(), S(), 5},
    };
    return list;
}

const QList<TrafficSource> &campaignSources()
{
    static const QList<TrafficSource> list = {
        {u"https://www.google.com/"_s, u"google"_s, u"cpc"_s, u"brand-search"_s, 30},
        {u"https://www.google.com/"_s, u"google"_s, u"cpc"_s, u"competitor-terms"_s, 12},
        {u"https://www.linkedin.com/"_s, u"linkedin"_s, u"paid-social"_s, u"abm-target-accounts"_s, 20},
        {u""_s, u"newsletter"_s, u"email"_s, u"monthly-digest"_s, 15},
        {u"https://www.g2.com/"_s, u"g2"_s, u"review"_s, u"g2-profile"_s, 8},
        {u"https://www.bing.com/"_s, u"bing"_s, u"cpc"_s, u"brand-search"_s, 6},
        {u""_s, u"event"_s, u"qr"_s, u"event-2026"_s, 5},
        {u""_s, u"partner"_s, u"referral"_s, u"agency-partners"_s, 4},
    };
    return list;
}

const QList<DeviceProfile> &deviceProfiles()
{
    // desktop 70, mobile 25, tablet 5
    static const QList<DeviceProfile> list = {
        {u"desktop"_s, u"Windows"_s, u"Chrome"_s, u"1920x1080"_s, 24},
        {u"desktop"_s, u"Windows"_s, u"Edge"_s, u"1366x768"_s, 9},
        {u"desktop"_s, u"Windows"_s, u"Firefox"_s, u"1536x864"_s, 5},
        {u"desktop"_s, u"macOS"_s, u"Chrome"_s, u"1440x900"_s, 12},
        {u"desktop"_s, u"macOS"_s, u"Safari"_s, u"2560x1440"_s, 12},
        {u"desktop"_s, u"macOS"_s, u"Firefox"_s, u"1680x1050"_s, 3},
        {u"desktop"_s, u"Linux"_s, u"Firefox"_s, u"1920x1080"_s, 3},
        {u"desktop"_s, u"Linux"_s, u"Chrome"_s, u"2560x1440"_s, 2},
        {u"mobile"_s, u"iOS"_s, u"Safari"_s, u"390x844"_s, 11},
        {u"mobile"_s, u"iOS"_s, u"Chrome"_s, u"393x852"_s, 2},
        {u"mobile"_s, u"Android"_s, u"Chrome"_s, u"412x915"_s, 9},
        {u"mobile"_s, u"Android"_s, u"Samsung Internet"_s, u"360x800"_s, 3},
        {u"tablet"_s, u"iPadOS"_s, u"Safari"_s, u"820x1180"_s, 3},
        {u"tablet"_s, u"Android"_s, u"Chrome"_s, u"800x1280"_s, 2},
    };
    return list;
}

const QStringList &noteTemplates()
{
    static const QStringList notes = {
        u"Spoke to their head of marketing; evaluating us against two other vendors. Follow up after their quarterly planning."_s,
        u"Several pricing page views this week — sent a short intro email to the %1 office."_s,
        u"Asked for a demo of the HubSpot sync. Booked for next Tuesday."_s,
        u"Not a fit right now: team too small. Revisit in six months."_s,
        u"Met two of their team at a meetup in %1; warm intro via a mutual contact."_s,
        u"Procurement needs our DPA and security questionnaire before a trial — sent both."_s,
        u"Our champion left the company; need a new contact before this goes anywhere."_s,
        u"Interested in Elite for three sites. Sent a quote, waiting on budget sign-off."_s,
        u"Already using a competitor, contract renews in the autumn. Keep warm."_s,
        u"Inbound from the blog post on lead scoring; CTO wants to see the API docs."_s,
        u"Call went well. They want a two-week pilot on their main site."_s,
        u"Left a voicemail, no reply yet. Try again Thursday."_s,
    };
    return notes;
}

const QStringList &hubspotSyncErrors()
{
    static const QStringList errors = {
        u"HubSpot API rate limit exceeded (429); the next scheduled run retried"_s,
        u"HubSpot did not answer within 30 s; the next scheduled run retried"_s,
    };
    return errors;
}

} // namespace seedcatalog
