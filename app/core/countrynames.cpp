#include "countrynames.h"

#include "mocatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QStandardPaths>

#include <map>

namespace {

QString isoCodesFile(const QString &relative)
{
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
}

// alpha-2 → the English name iso-codes translates (its common name where it has one: "South
// Korea" rather than "Korea, Republic of").
QHash<QString, QByteArray> readEnglishNames()
{
    QHash<QString, QByteArray> names;
    QFile file(isoCodesFile(QStringLiteral("iso-codes/json/iso_3166-1.json")));
    if (!file.open(QIODevice::ReadOnly))
        return names;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray();
    for (const QJsonValue &entry : countries) {
        const QJsonObject country = entry.toObject();
        const QString common = country.value(u"common_name").toString();
        names.insert(country.value(u"alpha_2").toString(),
            (common.isEmpty() ? country.value(u"name").toString() : common).toUtf8());
    }
    return names;
}

// The catalog for "fr_CA", else "fr"; an empty one when iso-codes has neither.
MoCatalog readCatalog(const QString &language)
{
    MoCatalog catalog;
    for (const QString &candidate : {language, language.section(u'_', 0, 0)}) {
        const QString path
            = isoCodesFile(QStringLiteral("locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(candidate));
        if (!path.isEmpty() && catalog.load(path))
            break;
    }
    return catalog;
}

} // namespace

QString countrynames::name(const QString &alpha2, const QString &language)
{
    const QString code = alpha2.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    // Read once per process and language; the GUI formats thousands of rows with it.
    static QMutex mutex;
    static const QHash<QString, QByteArray> english = readEnglishNames();
    static std::map<QString, MoCatalog> catalogs;
    const QByteArray englishName = english.value(code);
    if (!englishName.isEmpty()) {
        if (language.startsWith(u"en"))
            return QString::fromUtf8(englishName);
        QMutexLocker lock(&mutex);
        auto it = catalogs.find(language);
        if (it == catalogs.end())
            it = catalogs.emplace(language, readCatalog(language)).first;
        const QString translated = it->second.translate(englishName);
        return translated.isEmpty() ? QString::fromUtf8(englishName) : translated;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}
