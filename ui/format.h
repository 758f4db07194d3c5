#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

// Numbers, times and money as a person reads them, in the user's locale: "12,345", "+12 %",
// "5 min ago", "2 min 5 s", "£990.00", a country's name from its ISO code. One place for it, so
// every screen says it the same way and translations have one set of strings. QML reaches it as
// Format (qml/Format.qml), which makes the calling bindings follow a language switch.
class Format : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Formatter)
    QML_SINGLETON

public:
    explicit Format(QObject *parent = nullptr);

    Q_INVOKABLE QString number(double value) const;
    // 1,234 → "1.2k", 2,500,000 → "2.5M"; below 10,000 the plain number.
    Q_INVOKABLE QString compact(double value) const;
    Q_INVOKABLE QString percent(double fraction, int decimals = 0) const;
    // A number with a fixed count of decimals (pages per visit: 3.4).
    Q_INVOKABLE QString decimal(double value, int decimals = 1) const;
    // A KPI delta: "+12 %", "−3 %", "±0 %"; "new" when there is no previous value (invalid).
    Q_INVOKABLE QString delta(const QVariant &fraction) const;
    // Times are taken as QVariant so that a missing one (null, undefined) is simply "" or "never".
    // "just now", "5 min ago", "3 h ago", "yesterday 14:05", or the date.
    Q_INVOKABLE QString relative(const QVariant &time) const;
    Q_INVOKABLE QString dateTime(const QVariant &time) const;
    Q_INVOKABLE QString date(const QVariant &time) const;
    Q_INVOKABLE QString time(const QVariant &time) const;
    // 125 → "2 min 5 s"
    Q_INVOKABLE QString duration(qint64 seconds) const;
    Q_INVOKABLE QString money(qint64 cents, const QString &currency) const;
    Q_INVOKABLE QString country(const QString &isoCode) const;
    // "https://www.acme.example/pricing/" → "www.acme.example/pricing"
    Q_INVOKABLE QString url(const QString &url) const;
    // "new" → "New", in the user's language (lead statuses, roles, integration states).
    Q_INVOKABLE QString label(const QString &key) const;

    // The lead statuses and temperatures as the API names them, in order (Lead in core), for the
    // menus and chips that offer them; their place in that order (the Lead enum's value), or -1.
    Q_INVOKABLE QStringList leadStatuses() const;
    Q_INVOKABLE QStringList leadTemperatures() const;
    Q_INVOKABLE int statusIndex(const QString &status) const;
    Q_INVOKABLE int temperatureIndex(const QString &temperature) const;
    // The ICP fit grades (IcpProfile.Grade values: A … D, then ungraded) and a grade's letter.
    Q_INVOKABLE QList<int> fitGrades() const;
    Q_INVOKABLE QString gradeLabel(int grade) const;
    // IcpProfile.Dimension and Exclusion.Reason values as words; the reasons in order.
    Q_INVOKABLE QString dimensionLabel(int dimension) const;
    Q_INVOKABLE QList<int> exclusionReasons() const;
    // {reason, label} for each, for a combo box.
    Q_INVOKABLE QVariantList reasonChoices() const;
    Q_INVOKABLE QString reasonLabel(int reason) const;
};
