#include "leadidentities.h"

#include "randomdraws.h"
#include "seedcatalog.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;
namespace sc = seedcatalog;

namespace seeding {

namespace {

// Lowercase ASCII for domain names: German-style transliteration, accents dropped.
QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä':
            out += u"ae"_s;
            continue;
        case u'ö':
            out += u"oe"_s;
            continue;
        case u'ü':
            out += u"ue"_s;
            continue;
        case u'ß':
            out += u"ss"_s;
            continue;
        case u'ø':
            out += u'o';
            continue;
        case u'æ':
            out += u"ae"_s;
            continue;
        default:
            break;
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        if (!decomposed.isEmpty() && decomposed[0] >= u'a' && decomposed[0] <= u'z')
            out += decomposed[0];
    }
    return out;
}

// Zero to three distinct catalogue tags as a JSON array, in catalogue order.
QString makeTags(QRandomGenerator &rng)
{
    static const int countWeights[] = {35, 35, 20, 10};
    int r = rng.bounded(100);
    int count = 0;
    while (r >= countWeights[count]) {
        r -= countWeights[count];
        ++count;
    }
    const QStringList &all = sc::leadTags();
    std::vector<int> chosen;
    while (int(chosen.size()) < count) {
        const int t = rng.bounded(int(all.size()));
        if (std::find(chosen.begin(), chosen.end(), t) == chosen.end())
            chosen.push_back(t);
    }
    std::sort(chosen.begin(), chosen.end());
    QString json = u"["_s;
    for (size_t i = 0; i < chosen.size(); ++i) {
        if (i > 0)
            json += u',';
        json += u'"' + all[chosen[i]] + u'"';
    }
    json += u']';
    return json;
}

} // namespace

LeadIdentityGenerator::LeadIdentityGenerator()
{
    for (const QString &h : sc::nameHeads())
        m_headsAscii.push_back(asciiFold(h));
    for (const QString &t : sc::nameTails())
        m_tailsAscii.push_back(asciiFold(t));
    for (const sc::Industry &i : sc::industries()) {
        std::vector<QString> nouns;
        for (const QString &n : i.nouns)
            nouns.push_back(asciiFold(n));
        m_nounsAscii.push_back(std::move(nouns));
    }
    m_industry
        = WeightedPicker::from(sc::industries(), [](const sc::Industry &i) { return qint64(i.weight); });
    m_country = WeightedPicker::from(sc::countries(), [](const sc::Country &c) { return qint64(c.weight); });
    m_size = WeightedPicker::from(sc::companySizes(), [](const sc::Weighted &w) { return qint64(w.weight); });
}

void LeadIdentityGenerator::generate(AccountSeed &account, qint64 firstLeadId, QRandomGenerator &rng)
{
    const QStringList &heads = sc::nameHeads();
    const QStringList &tails = sc::nameTails();
    const QList<sc::Industry> &industries = sc::industries();
    const QList<sc::Country> &countries = sc::countries();

    account.leads.resize(size_t(account.leadCount));
    for (int i = 0; i < account.leadCount; ++i) {
        LeadSeed &lead = account.leads[size_t(i)];
        lead.id = firstLeadId + i;
        lead.industry = m_industry.pick(rng);
        lead.country = m_country.pick(rng);
        lead.size = m_size.pick(rng);
        const sc::Country &country = countries[lead.country];
        lead.city = skewedIndex(rng, country.cities.size());
        const QStringList &nouns = industries[lead.industry].nouns;

        int head = 0, tail = 0, noun = 0;
        QString name;
        // Random draws until an unused name turns up; past a dozen misses the space is nearly
        // full, and a numbered duplicate is more honest than an endless search.
        for (int attempt = 0; attempt < 12; ++attempt) {
            head = rng.bounded(int(heads.size()));
            tail = rng.bounded(int(tails.size()));
            noun = rng.bounded(int(nouns.size()));
            const int form = country.legalForms.size() > 1 && percent(rng) >= 75
                ? 1 + rng.bounded(int(country.legalForms.size() - 1))
                : 0;
            name = heads[head] + tails[tail] + u' ' + nouns[noun] + u' ' + country.legalForms[form];
            if (!m_names.contains(name))
                break;
        }
        if (m_names.contains(name)) {
            int &suffix = m_nameSuffix[name];
            QString numbered;
            do {
                numbered = name + u' ' + QString::number(++suffix + 1);
            } while (m_names.contains(numbered));
            name = numbered;
        }
        m_names.insert(name);
        lead.name = name;

        const QString stem = m_headsAscii[size_t(head)] + m_tailsAscii[size_t(tail)];
        const QString &nounAscii = m_nounsAscii[size_t(lead.industry)][size_t(noun)];
        QString domain = stem + country.tld;
        if (m_domains.contains(domain))
            domain = stem + nounAscii + country.tld;
        for (int n = 2; m_domains.contains(domain); ++n)
            domain = stem + nounAscii + QString::number(n) + country.tld;
        m_domains.insert(domain);
        lead.domain = domain;

        lead.tags = makeTags(rng);
        // Interest is uneven: a few companies come back again and again, most look once.
        const int r = percent(rng);
        lead.weight = r < 6 ? 40 : r < 26 ? 6 : 1;
    }
}

} // namespace seeding
