#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QTranslator;

// Puts the app in the language chosen in Settings ("system", "en", "de", "fr"): installs the
// app's and Qt's own translators for it, makes its locale the default (numbers, dates, currencies
// through QLocale and Format), and retranslates the running QML engine, so a change takes effect
// without a restart. One instance per process; main.cpp applies the stored choice before the first
// QML file loads, the Settings screen through apply().
class UiLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The language actually in use ("en", "de", "fr"): "system" resolves to one of these.
    Q_PROPERTY(QString current READ current NOTIFY changed)
    // The locale's BCP 47 name, e.g. "de-DE", for QML's Qt.locale() where a binding needs one.
    Q_PROPERTY(QString localeName READ localeName NOTIFY changed)

public:
    static UiLanguage *instance();
    static UiLanguage *create(QQmlEngine *engine, QJSEngine *);

    // Languages with a translation; anything else falls back to English.
    static const QStringList &available();
    // "system" or an unknown code → the system's language if translated, else English.
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

    QString current() const { return m_current; }
    QString localeName() const { return m_locale.bcp47Name(); }

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    Q_INVOKABLE void apply(const QString &choice);

Q_SIGNALS:
    void changed();

private:
    UiLanguage();
    ~UiLanguage() override;

    QPointer<QQmlEngine> m_engine; // the window's; a test may create and destroy several
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
    QLocale m_locale;
};
