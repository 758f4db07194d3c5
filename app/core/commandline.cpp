#include "commandline.h"

namespace {

CommandLine::Result failure(const QString &error)
{
    CommandLine::Result result;
    result.error = error;
    return result;
}

} // namespace

CommandLine::CommandLine()
    : m_serverOption(QStringLiteral("server"),
        tr("Miraget server to use, e.g. https://miraget.example.com (plain http only for this computer)."),
        tr("url"))
    , m_profileOption(QStringLiteral("profile"),
          tr("Profile to use; each profile has its own sign-in, cache and settings."), tr("name"),
          ProfilePaths::defaultProfileName())
    , m_timeoutOption(QStringLiteral("timeout"), tr("Seconds --login waits for the browser (default 300)."),
          tr("seconds"), QStringLiteral("300"))
    , m_helpOption(m_parser.addHelpOption())
    , m_exportLeadsOption(QStringLiteral("export-leads"),
          tr("Write the cached leads to FILE as CSV (UTF-8, RFC 4180) and exit; works offline."), tr("file"))
    , m_minimizedOption(QStringLiteral("minimized"),
          tr("Start with the window hidden in the system tray, or minimised when there is no tray."))
{
    m_parser.setApplicationDescription(
        tr("Miraget Desktop: your leads and visitor activity, online and offline."));
    // Qt's own options are single-dash words (-platform, -qmljsdebugger=…); see addQtGuiOptions().
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_actions.emplace_back(m_parser.addVersionOption(), CommandLineOptions::Action::ShowVersion);
    m_parser.addOption(m_serverOption);
    m_parser.addOption(m_profileOption);
    m_parser.addOption(m_timeoutOption);
    m_parser.addOption(m_minimizedOption);

    addAction(QCommandLineOption(QStringLiteral("print-paths"),
                  tr("Print the profile's config, data, cache and log directories as JSON and exit.")),
        CommandLineOptions::Action::PrintPaths);
    addAction(
        QCommandLineOption(QStringLiteral("login"),
            tr("Sign in to --server in the system browser ($BROWSER is honoured) and exit once signed in.")),
        CommandLineOptions::Action::Login);
    addAction(QCommandLineOption(QStringLiteral("whoami"),
                  tr("Print the signed-in user (GET /v1/me) as JSON, refreshing the sign-in if needed.")),
        CommandLineOptions::Action::WhoAmI);
    addAction(QCommandLineOption(QStringLiteral("logout"),
                  tr("Sign out: revoke the session on the server and delete its secrets from the keychain.")),
        CommandLineOptions::Action::Logout);
    addAction(QCommandLineOption(QStringLiteral("sync-once"),
                  tr("Sync the signed-in account's cache until it is caught up, print a JSON summary "
                     "and exit (non-zero on failure).")),
        CommandLineOptions::Action::SyncOnce);
    addAction(m_exportLeadsOption, CommandLineOptions::Action::ExportLeads);
    addQtGuiOptions();
    m_parser.addPositionalArgument(QStringLiteral("link"),
        tr("A miraget:// link to open: a lead, a lead list or a dashboard range."), QStringLiteral("[link]"));
}

void CommandLine::addAction(const QCommandLineOption &option, CommandLineOptions::Action action)
{
    m_parser.addOption(option);
    m_actions.emplace_back(option, action);
}

// QGuiApplication and Qt Quick Controls read these themselves. The parser has to accept them so
// that parsing can happen before QGuiApplication exists, and they stay out of --help.
void CommandLine::addQtGuiOptions()
{
    const auto withValue = {"platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger",
        "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display", "geometry", "style"};
    for (const char *name : withValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(option);
    }
    QCommandLineOption reverse(QStringLiteral("reverse"));
    reverse.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(reverse);
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return failure(m_parser.errorText());
    // Help is always safe to honour, whatever else is on the line. addHelpOption() also defines
    // --help-all (help including Qt's own options).
    if (m_parser.isSet(m_helpOption) || m_parser.isSet(QStringLiteral("help-all"))) {
        Result result;
        result.options.action = CommandLineOptions::Action::ShowHelp;
        return result;
    }
    // One positional argument, a link (what the desktop entry passes for a clicked miraget:// link).
    const QStringList positional = m_parser.positionalArguments();
    for (qsizetype i = 0; i < positional.size(); ++i) {
        if (i > 0 || !positional.at(i).startsWith(QLatin1StringView("miraget:"), Qt::CaseInsensitive))
            return failure(tr("Unexpected argument “%1”.").arg(positional.at(i)));
    }

    Result result;
    result.options.link = positional.value(0);
    QString chosen;
    for (const auto &[option, action] : m_actions) {
        if (!m_parser.isSet(option))
            continue;
        const QString name = u"--" + option.names().constLast();
        if (!chosen.isEmpty())
            return failure(tr("%1 and %2 cannot be used together.").arg(chosen, name));
        result.options.action = action;
        chosen = name;
    }

    const QString profile = m_parser.value(m_profileOption);
    if (const QString error = ProfilePaths::nameError(profile); !error.isEmpty())
        return failure(error);
    result.options.profile = profile;
    result.options.minimized = m_parser.isSet(m_minimizedOption);
    bool timeoutOk = false;
    result.options.timeoutSeconds = m_parser.value(m_timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || result.options.timeoutSeconds < 1 || result.options.timeoutSeconds > 3600)
        return failure(tr("--timeout wants a number of seconds between 1 and 3600."));

    if (m_parser.isSet(m_serverOption)) {
        result.options.server = ServerEndpoint::fromUserInput(m_parser.value(m_serverOption));
        if (!result.options.server.isValid())
            return failure(tr("Invalid --server: %1").arg(result.options.server.errorString()));
    }
    if (result.options.action == CommandLineOptions::Action::ExportLeads) {
        result.options.exportPath = m_parser.value(m_exportLeadsOption);
        if (result.options.exportPath.isEmpty())
            return failure(tr("--export-leads needs a file name."));
    }
    if (result.options.action == CommandLineOptions::Action::Login && !result.options.server.isValid())
        return failure(tr("--login needs --server URL."));
    if (!result.options.link.isEmpty() && result.options.action != CommandLineOptions::Action::RunGui)
        return failure(tr("A link opens in the window; %1 does not take one.").arg(chosen));
    return result;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}
