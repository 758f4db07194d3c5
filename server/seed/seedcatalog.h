#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The fixed vocabulary the demo-data seeder draws from: company name parts, industries, sizes,
// countries with their cities, legal forms and domains, the pages of each kind of tracked site, the
// traffic sources, and the device profiles. Kept apart from the generator so the data can be read
// (and extended) as plain tables; every list is built once and never changes, because the seeder's
// output is only reproducible while the lists it indexes into stay the same. Weights are integers so
// that picking from them involves no floating point and gives the same result on every platform.
namespace seedcatalog {

struct Country
{
    QString code; // ISO 3166-1 alpha-2
    QString tld; // with the leading dot, e.g. ".co.uk"
    QStringList legalForms; // the first one is the most common
    QStringList cities; // the first one is the most common
    int weight;
};

struct Industry
{
    QString name;
    QStringList nouns; // the last word of a company name in this industry
    int weight;
};

struct Weighted
{
    QString value;
    int weight;
};

struct Page
{
    QString path;
    QString title;
    int landingWeight; // how often a visit starts here (0: only reached by clicking through)
};

enum class SiteKind
{
    Product,
    Blog,
    Docs,
    Corporate
};

// How a visit arrived: an external referrer ("" for direct) and, for campaign traffic, UTM tags.
struct TrafficSource
{
    QString referrer;
    QString utmSource; // empty: no UTM parameters
    QString utmMedium;
    QString utmCampaign;
    int weight;
};

struct DeviceProfile
{
    QString deviceType; // desktop, mobile, tablet
    QString os;
    QString browser;
    QString screen;
    int weight;
};

const QStringList &nameHeads(); // "Bright", "North", ... (a few non-ASCII)
const QStringList &nameTails(); // "wave", "field", ...
const QList<Industry> &industries();
const QList<Weighted> &companySizes();
const QList<Country> &countries();
const QStringList &leadTags();

const QList<Page> &sitePages(SiteKind kind);
const QList<TrafficSource> &organicSources(); // no UTM tags
const QList<TrafficSource> &campaignSources(); // with UTM tags
const QList<DeviceProfile> &deviceProfiles();

// Short sales notes; "%1" is replaced by the lead's city.
const QStringList &noteTemplates();
// Why a scheduled HubSpot sync failed now and then.
const QStringList &hubspotSyncErrors();

} // namespace seedcatalog
