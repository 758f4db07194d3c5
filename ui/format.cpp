#include "format.h"

#include "core/exclusion.h"
#include "core/icpprofile.h"
#include "core/leadvocabulary.h"

#include "core/countrynames.h"

#include <QLocale>

Format::Format(QObject *parent)
    : QObject(parent)
{ }

QString Format::number(double value) const
{
    return QLocale().toString(qint64(std::llround(value)));
}

QString Format::decimal(double value, int decimals) const
{
    return QLocale().toString(value, 'f', decimals);
}

QString Format::compact(double value) const
{
    const QLocale locale;
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        return tr("%1M", "millions").arg(locale.toString(value / 1e6, 'f', magnitude >= 1e7 ? 0 : 1));
    if (magnitude >= 1e4)
        return tr("%1k", "thousands").arg(locale.toString(value / 1e3, 'f', magnitude >= 1e5 ? 0 : 1));
    return number(value);
}

QString Format::percent(double fraction, int decimals) const
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString Format::delta(const QVariant &fraction) const
{
    if (!fraction.isValid() || fraction.isNull())
        return tr("new");
    const double value = fraction.toDouble();
    const QString magnitude = QLocale().toString(std::abs(value) * 100.0, 'f', std::abs(value) < 0.1 ? 1 : 0);
    if (std::abs(value) < 0.0005)
        return QStringLiteral("±0 %");
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude + QStringLiteral(" %");
}

QString Format::relative(const QVariant &value) const
{
    const QDateTime time = value.toDateTime();
    if (!time.isValid())
        return tr("never");
    const qint64 seconds = time.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 45)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(std::max<qint64>(1, seconds / 60)));
    if (seconds < 6 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    const QDateTime local = time.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return tr("today %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString Format::dateTime(const QVariant &value) const
{
    const QDateTime time = value.toDateTime();
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString Format::date(const QVariant &value) const
{
    const QDateTime time = value.toDateTime();
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString Format::time(const QVariant &value) const
{
    const QDateTime time = value.toDateTime();
    return time.isValid() ? QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

QString Format::duration(qint64 seconds) const
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString Format::money(qint64 cents, const QString &currency) const
{
    const QString symbol = currency == u"GBP" ? QStringLiteral("£")
        : currency == u"EUR"                  ? QStringLiteral("€")
        : currency == u"USD"                  ? QStringLiteral("$")
                                              : currency + u' ';
    return QLocale().toCurrencyString(double(cents) / 100.0, symbol, 2);
}

QString Format::country(const QString &isoCode) const
{
    // In the UI language (its QLocale is the default one), not Qt's English names.
    return countrynames::name(isoCode, QLocale().name());
}

QString Format::url(const QString &url) const
{
    QString text = url;
    for (const QString &scheme : {QStringLiteral("https://"), QStringLiteral("http://")}) {
        if (text.startsWith(scheme)) {
            text = text.mid(scheme.size());
            break;
        }
    }
    if (text.size() > 1 && text.endsWith(u'/'))
        text.chop(1);
    return text;
}

QString Format::label(const QString &key) const
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("admin"), QT_TR_NOOP("Admin")},
        {QStringLiteral("billing"), QT_TR_NOOP("Billing")},
        {QStringLiteral("sales"), QT_TR_NOOP("Sales")},
        {QStringLiteral("viewer"), QT_TR_NOOP("Viewer")},
        {QStringLiteral("connected"), QT_TR_NOOP("Connected")},
        {QStringLiteral("error"), QT_TR_NOOP("Error")},
        {QStringLiteral("disconnected"), QT_TR_NOOP("Disconnected")},
        {QStringLiteral("running"), QT_TR_NOOP("Running")},
        {QStringLiteral("succeeded"), QT_TR_NOOP("Succeeded")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("manual"), QT_TR_NOOP("Manual")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Scheduled")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("trialing"), QT_TR_NOOP("Trial")},
        {QStringLiteral("not_installed"), QT_TR_NOOP("Not installed")},
        {QStringLiteral("none"), QT_TR_NOOP("Not in a CRM")},
        {QStringLiteral("monthly"), QT_TR_NOOP("Monthly")},
        {QStringLiteral("annual"), QT_TR_NOOP("Annual")},
        {QStringLiteral("desktop"), QT_TR_NOOP("Desktop")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("tablet"), QT_TR_NOOP("Tablet")},
        {QStringLiteral("hubspot"), QT_TR_NOOP("HubSpot")},
        {QStringLiteral("salesforce"), QT_TR_NOOP("Salesforce")},
        {QStringLiteral("pipedrive"), QT_TR_NOOP("Pipedrive")},
        {QStringLiteral("webhook"), QT_TR_NOOP("Webhook")},
        {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("people_tracked"), QT_TR_NOOP("People tracked")},
        {QStringLiteral("sites"), QT_TR_NOOP("Sites")},
        {QStringLiteral("seats"), QT_TR_NOOP("Team seats")},
    };
    // A lead's words have theirs in one place.
    if (const auto status = Lead::statusFromWire(key))
        return Lead::label(*status);
    if (const auto temperature = Lead::temperatureFromWire(key))
        return Lead::label(*temperature);
    if (const auto state = Lead::syncStateFromWire(key))
        return Lead::label(*state);
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(*it);
}

QStringList Format::leadStatuses() const
{
    QStringList names;
    for (const Lead::Status status : Lead::statuses())
        names.append(Lead::wireName(status));
    return names;
}

QStringList Format::leadTemperatures() const
{
    QStringList names;
    for (const Lead::Temperature temperature : Lead::temperatures())
        names.append(Lead::wireName(temperature));
    return names;
}

int Format::statusIndex(const QString &status) const
{
    const std::optional<Lead::Status> known = Lead::statusFromWire(status);
    return known ? int(*known) : -1;
}

int Format::temperatureIndex(const QString &temperature) const
{
    const std::optional<Lead::Temperature> known = Lead::temperatureFromWire(temperature);
    return known ? int(*known) : -1;
}

QList<int> Format::fitGrades() const
{
    QList<int> grades;
    for (const IcpProfile::Grade grade : IcpProfile::grades())
        grades.append(int(grade));
    return grades;
}

QString Format::gradeLabel(int grade) const
{
    const auto g = IcpProfile::Grade(grade);
    return g == IcpProfile::Grade::None ? tr("Ungraded") : IcpProfile::label(g);
}

QString Format::dimensionLabel(int dimension) const
{
    return IcpProfile::label(IcpProfile::Dimension(dimension));
}

QList<int> Format::exclusionReasons() const
{
    QList<int> reasons;
    for (const Exclusion::Reason reason : Exclusion::reasons())
        reasons.append(int(reason));
    return reasons;
}

QString Format::reasonLabel(int reason) const
{
    return Exclusion::label(Exclusion::Reason(reason));
}

QVariantList Format::reasonChoices() const
{
    QVariantList choices;
    for (const Exclusion::Reason reason : Exclusion::reasons())
        choices.append(QVariantMap {
            {QStringLiteral("reason"), int(reason)}, {QStringLiteral("label"), Exclusion::label(reason)}});
    return choices;
}
