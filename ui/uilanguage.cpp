#include "uilanguage.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QQmlEngine>
#include <QTranslator>

UiLanguage::UiLanguage() = default;
UiLanguage::~UiLanguage() = default;

UiLanguage *UiLanguage::instance()
{
    // Leaked on purpose: translators must outlive every window and engine that uses them.
    static auto *language = new UiLanguage;
    return language;
}

UiLanguage *UiLanguage::create(QQmlEngine *engine, QJSEngine *)
{
    UiLanguage *language = instance();
    QJSEngine::setObjectOwnership(language, QJSEngine::CppOwnership);
    // The engine that asked last is the one showing the window (tests open one after another).
    language->m_engine = engine;
    return language;
}

const QStringList &UiLanguage::available()
{
    static const QStringList codes = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    return codes;
}

QString UiLanguage::resolve(const QString &choice, const QLocale &system)
{
    if (available().contains(choice))
        return choice;
    // uiLanguages() lists the user's preferred languages in order (LANGUAGE, then LANG on Linux).
    for (const QString &name : system.uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void UiLanguage::apply(const QString &choice)
{
    const QString code = resolve(choice);
    // The system's own locale when it speaks this language (de-AT keeps its formats), else the
    // language's main one.
    const QLocale system = QLocale::system();
    const QLocale locale = QLocale(code).language() == system.language() ? system : QLocale(code);
    if (code == m_current && locale == m_locale)
        return;
    QLocale::setDefault(locale);

    for (auto *translator : {&m_app, &m_qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    // English needs one too: it holds the plural forms of the "%n …" source strings.
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/miraget_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        qCWarning(lcUi) << "no translation for" << code;
    }
    // Qt's own strings (dialog buttons, context menus), when qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>();
    if (code != u"en"
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_current = code;
    m_locale = locale;
    qCInfo(lcUi) << "language" << code << "locale" << locale.name();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT changed();
}
