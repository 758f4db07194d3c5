// The language switch as Settings uses it: UiLanguage installs the compiled-in translations, makes
// the language's locale the default, and retranslates a running QML engine in place, so a bound
// qsTr() changes without a restart; English gets its plural forms from miraget_en.ts.
#include "uilanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(com_miraget_desktopPlugin)

namespace {
QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesTheSystemLanguage()
    {
        QCOMPARE(UiLanguage::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(UiLanguage::resolve(QStringLiteral("system"), QLocale(QStringLiteral("fr_CA"))),
            QStringLiteral("fr"));
        QCOMPARE(UiLanguage::resolve(QStringLiteral("system"), QLocale(QStringLiteral("de_AT"))),
            QStringLiteral("de"));
        // No translation: English.
        QCOMPARE(UiLanguage::resolve(QStringLiteral("system"), QLocale(QStringLiteral("ja_JP"))),
            QStringLiteral("en"));
        QCOMPARE(UiLanguage::resolve(QStringLiteral("xx"), QLocale(QStringLiteral("ja_JP"))),
            QStringLiteral("en"));
    }

    void switchesTranslationsAndLocale()
    {
        UiLanguage *language = UiLanguage::instance();
        language->apply(QStringLiteral("de"));
        QCOMPARE(language->current(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(translated("SettingsPage", "Language"), QStringLiteral("Sprache"));
        QCOMPARE(QLocale().toString(1234567.5, 'f', 1), QStringLiteral("1.234.567,5"));
        QVERIFY(translated("LeadListView", "%n lead(s)", 1) != translated("LeadListView", "%n lead(s)", 2));

        language->apply(QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(translated("SettingsPage", "Language"), QStringLiteral("Langue"));

        language->apply(QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(translated("SettingsPage", "Language"), QStringLiteral("Language"));
        // The plural-only English file turns "(s)" into real English.
        QCOMPARE(translated("LeadListView", "%n lead(s)", 1), QStringLiteral("1 lead"));
        QCOMPARE(translated("LeadListView", "%n lead(s)", 3), QStringLiteral("3 leads"));
    }

    void retranslatesARunningEngine()
    {
        QQmlEngine engine;
        UiLanguage *language = UiLanguage::instance();
        language->setEngine(&engine);
        language->apply(QStringLiteral("en"));
        QQmlComponent component(&engine);
        // qsTr() takes its context from the file name: this is SettingsPage's "Language".
        component.setData("import QtQuick\nQtObject { property string label: qsTr(\"Language\") }",
            QUrl(QStringLiteral("file:///miraget-test/SettingsPage.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QCOMPARE(object->property("label").toString(), QStringLiteral("Language"));
        QSignalSpy changed(language, &UiLanguage::changed);
        language->apply(QStringLiteral("de"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(object->property("label").toString(), QStringLiteral("Sprache"));
        // Applying the same choice again changes nothing.
        language->apply(QStringLiteral("de"));
        QCOMPARE(changed.size(), 1);
        language->apply(QStringLiteral("en"));
        language->setEngine(nullptr);
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
