#include "appcontext.h"
#include "appsettings.h"
#include "auth/accountcommands.h"
#include "auth/browserlauncher.h"
#include "core/appversion.h"
#include "core/commandline.h"
#include "core/logging.h"
#include "core/profilepaths.h"
#include "core/singleinstance.h"
#include "desktopintegration.h"
#include "linkrouter.h"
#include "sync/synccommands.h"
#include "uilanguage.h"
#include "windowactivation.h"
#include "windowgeometry.h"
#include "workspace.h"

#include <QApplication>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(com_miraget_desktopPlugin)

namespace {

constexpr int UsageErrorExitCode = 2;

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Everything the executable does without a window: help, version, paths and refusals.
int runWithoutWindow(const CommandLine &commandLine, const CommandLine::Result &parsed)
{
    if (!parsed.ok()) {
        write(stderr,
            (u"miraget: " + parsed.error + u"\nTry 'miraget --help' for more information.\n").toLocal8Bit());
        return UsageErrorExitCode;
    }
    switch (parsed.options.action) {
    case CommandLineOptions::Action::ShowHelp:
        write(stdout, commandLine.helpText().toLocal8Bit());
        return 0;
    case CommandLineOptions::Action::ShowVersion:
        write(stdout, (u"Miraget Desktop " + AppVersion::version() + u'\n').toLocal8Bit());
        return 0;
    case CommandLineOptions::Action::PrintPaths:
        write(stdout, QJsonDocument(ProfilePaths(parsed.options.profile).toJson()).toJson());
        return 0;
    case CommandLineOptions::Action::Login:
    case CommandLineOptions::Action::WhoAmI:
    case CommandLineOptions::Action::Logout: {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return AccountCommands(parsed.options, out, err).run();
    }
    case CommandLineOptions::Action::SyncOnce:
    case CommandLineOptions::Action::ExportLeads: {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return SyncCommands(parsed.options, out, err).run();
    }
    case CommandLineOptions::Action::RunGui:
        break;
    }
    Q_UNREACHABLE();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    installRedactingMessageHandler();
    QCoreApplication::setApplicationName(AppVersion::applicationName());
    QCoreApplication::setOrganizationName(AppVersion::organizationName());
    QCoreApplication::setOrganizationDomain(AppVersion::organizationDomain());
    QCoreApplication::setApplicationVersion(AppVersion::version());

    // Parsed before any application object exists: help, version, paths and refusals must work over
    // ssh and in CI where there is no display, so only a request for the window gets a
    // QGuiApplication. The parser accepts Qt's own GUI options, which QGuiApplication then consumes.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine;
    const CommandLine::Result parsed = commandLine.parse(arguments);
    if (!parsed.ok() || parsed.options.action != CommandLineOptions::Action::RunGui) {
        QCoreApplication app(argc, argv);
        return runWithoutWindow(commandLine, parsed);
    }

    // QApplication, not QGuiApplication: Qt Charts in QML is built on Graphics View and needs it.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Miraget"));
    // One window per profile: a second launch shows the running one's window and exits.
    SingleInstance instance(SingleInstance::serverNameFor(parsed.options.profile));
    if (instance.start(parsed.options.link) == SingleInstance::Role::Secondary) {
        write(stderr,
            (u"miraget: " + SingleInstance::alreadyRunningNote(parsed.options.profile) + u'\n')
                .toLocal8Bit());
        return 0;
    }
    // The desktop's own way of opening links (portal, DE settings, then xdg-open and $BROWSER).
    browserlauncher::setOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    AppContext context(parsed.options.server, parsed.options.profile, AppVersion::version());
    AppContext::setInstance(&context);
    qCInfo(lcCore) << "profile" << parsed.options.profile << "server"
                   << (context.serverConfigured() ? context.serverUrl() : QStringLiteral("(none)"));

    QQmlApplicationEngine engine;
    // The stored language before the first QML file loads, so no screen starts in English.
    UiLanguage::instance()->setEngine(&engine);
    UiLanguage::instance()->apply(AppSettings().language());
    // Loaded hidden: it shows once its saved geometry is in place, or stays in the tray.
    engine.setInitialProperties({{QStringLiteral("visible"), false}});
    // Qt 6.4 has no loadFromModule(); qt_add_qml_module places the module's files under the
    // URI as a resource path.
    engine.load(QUrl(QStringLiteral("qrc:/com/miraget/desktop/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        qCCritical(lcUi) << "Main.qml failed to load";
        return 1;
    }
    WindowGeometry geometry(AppSettings::fileFor(parsed.options.profile));
    geometry.restore(window);
    geometry.track(window);
    // Tray, notifications for alerts and close-to-tray: before the window may start hidden.
    Workspace *workspace = Workspace::of(&engine);
    DesktopIntegration desktop(workspace, window);
    // A link asks to be seen: it overrides starting in the tray.
    showAtStart(window,
        parsed.options.link.isEmpty() && (parsed.options.minimized || AppSettings().startMinimized()));
    QObject::connect(&instance, &SingleInstance::activated, window, [window] { activateWindow(window); });
    QObject::connect(&instance, &SingleInstance::linkReceived, workspace->links(), &LinkRouter::open);
    if (!parsed.options.link.isEmpty())
        workspace->links()->open(parsed.options.link); // opens once the account is
    return QCoreApplication::exec();
}
