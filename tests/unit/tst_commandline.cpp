#include "core/commandline.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CommandLineOptions::Action)

namespace {

CommandLine::Result parse(const QStringList &arguments)
{
    CommandLine commandLine;
    return commandLine.parse(QStringList {u"miraget"_s} + arguments);
}

} // namespace

// The executable's command line: defaults, actions, and refusals with the message the user sees.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsRunTheWindowWithDefaultProfile();
    void actions_data();
    void actions();
    void acceptsServer();
    void minimized();
    void link_data();
    void link();
    void profileNames_data();
    void profileNames();
    void refusals_data();
    void refusals();
    void helpTextListsOptions();
};

void TestCommandLine::init()
{
    // QCommandLineParser reports a misdeclared option (e.g. a duplicate name) only as a warning.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestCommandLine::defaultsRunTheWindowWithDefaultProfile()
{
    const CommandLine::Result result = parse({});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.action, CommandLineOptions::Action::RunGui);
    QCOMPARE(result.options.profile, u"default"_s);
    QVERIFY(!result.options.server.isValid());
}

void TestCommandLine::actions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLineOptions::Action>("action");

    QTest::newRow("--version") << QStringList {u"--version"_s} << CommandLineOptions::Action::ShowVersion;
    QTest::newRow("-v") << QStringList {u"-v"_s} << CommandLineOptions::Action::ShowVersion;
    QTest::newRow("--help") << QStringList {u"--help"_s} << CommandLineOptions::Action::ShowHelp;
    QTest::newRow("-h") << QStringList {u"-h"_s} << CommandLineOptions::Action::ShowHelp;
    QTest::newRow("--help-all") << QStringList {u"--help-all"_s} << CommandLineOptions::Action::ShowHelp;
    QTest::newRow("help wins over errors") << QStringList {u"--server"_s, u"http://example.com"_s,
        u"--help"_s} << CommandLineOptions::Action::ShowHelp;
    QTest::newRow("--print-paths") << QStringList {u"--print-paths"_s}
                                   << CommandLineOptions::Action::PrintPaths;
    QTest::newRow("--print-paths with profile")
        << QStringList {u"--print-paths"_s, u"--profile"_s, u"x"_s} << CommandLineOptions::Action::PrintPaths;
    QTest::newRow("--server only") << QStringList {u"--server=https://example.com"_s}
                                   << CommandLineOptions::Action::RunGui;
    QTest::newRow("--minimized") << QStringList {u"--minimized"_s} << CommandLineOptions::Action::RunGui;
    // Qt's own options reach us before QGuiApplication has removed them from argv.
    QTest::newRow("qt -platform") << QStringList {u"-platform"_s, u"offscreen"_s}
                                  << CommandLineOptions::Action::RunGui;
    QTest::newRow("qt -qmljsdebugger")
        << QStringList {u"-qmljsdebugger=port:3768,block"_s} << CommandLineOptions::Action::RunGui;
    QTest::newRow("qt -style and -reverse")
        << QStringList {u"-style"_s, u"Material"_s, u"-reverse"_s} << CommandLineOptions::Action::RunGui;
    QTest::newRow("qt option with --version")
        << QStringList {u"-platform"_s, u"xcb"_s, u"--version"_s} << CommandLineOptions::Action::ShowVersion;
}

void TestCommandLine::actions()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLineOptions::Action, action);

    const CommandLine::Result result = parse(arguments);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.action, action);
}

void TestCommandLine::acceptsServer()
{
    const CommandLine::Result result
        = parse({u"--server"_s, u"http://127.0.0.1:8080/"_s, u"--profile"_s, u"qa"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.options.server.isValid());
    QCOMPARE(result.options.server.toString(), u"http://127.0.0.1:8080"_s);
    QCOMPARE(result.options.profile, u"qa"_s);
}

void TestCommandLine::minimized()
{
    QVERIFY(!parse({}).options.minimized);
    // What the autostart entry runs.
    const CommandLine::Result result = parse({u"--minimized"_s, u"--profile"_s, u"work"_s});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.options.minimized);
    QCOMPARE(result.options.action, CommandLineOptions::Action::RunGui);
    QCOMPARE(result.options.profile, u"work"_s);
}

void TestCommandLine::link_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("link");

    const QString lead = u"miraget://0123456789abcdef0123/lead/42"_s;
    QTest::newRow("none") << QStringList {} << QString();
    // What the desktop entry runs for a clicked link (Exec=miraget %u).
    QTest::newRow("the desktop entry's %u") << QStringList {lead} << lead;
    QTest::newRow("with a profile and Qt's options")
        << QStringList {u"--profile"_s, u"work"_s, u"-platform"_s, u"offscreen"_s, lead} << lead;
    QTest::newRow("scheme in capitals") << QStringList {u"MIRAGET://x/lead/1"_s} << u"MIRAGET://x/lead/1"_s;
    // Judged by the window, which says why where the person looks: the command line carries it as is.
    QTest::newRow("a hostile link is carried, not judged")
        << QStringList {u"miraget://x/lead/../../etc\n%00"_s} << u"miraget://x/lead/../../etc\n%00"_s;
}

void TestCommandLine::link()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, link);
    const CommandLine::Result result = parse(arguments);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.options.action, CommandLineOptions::Action::RunGui);
    QCOMPARE(result.options.link, link);
}

void TestCommandLine::profileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");

    const QString badCharacters
        = u"The profile name “%1” may only contain letters A–Z and a–z, digits, “.”, “_” and “-”."_s;
    QTest::newRow("default") << u"default"_s << QString();
    QTest::newRow("one char") << u"x"_s << QString();
    QTest::newRow("all classes") << u"Work-2.backup_01"_s << QString();
    QTest::newRow("64 chars") << QString(64, u'p') << QString();
    QTest::newRow("empty") << QString() << u"The profile name must not be empty."_s;
    QTest::newRow("65 chars") << QString(65, u'p')
                              << u"The profile name must be at most 64 characters long."_s;
    QTest::newRow("slash") << u"a/b"_s << badCharacters.arg(u"a/b"_s);
    QTest::newRow("traversal") << u"../etc"_s << badCharacters.arg(u"../etc"_s);
    QTest::newRow("backslash") << u"a\\b"_s << badCharacters.arg(u"a\\b"_s);
    QTest::newRow("space") << u"my profile"_s << badCharacters.arg(u"my profile"_s);
    QTest::newRow("non-ascii") << u"café"_s << badCharacters.arg(u"café"_s);
    QTest::newRow("dot") << u"."_s << u"The profile name must not be “.” or “..”."_s;
    QTest::newRow("dot dot") << u".."_s << u"The profile name must not be “.” or “..”."_s;
}

void TestCommandLine::profileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, error);

    QCOMPARE(ProfilePaths::nameError(name), error);
    QCOMPARE(ProfilePaths::isValidName(name), error.isEmpty());

    const CommandLine::Result result = parse({u"--profile"_s, name});
    QCOMPARE(result.error, error);
    QCOMPARE(result.ok(), error.isEmpty());
    if (error.isEmpty())
        QCOMPARE(result.options.profile, name);
}

void TestCommandLine::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("http remote server")
        << QStringList {u"--server"_s, u"http://example.com"_s}
        << u"Invalid --server: Plain http:// is only allowed for this computer (localhost, 127.0.0.1 or "
           u"::1); "
           u"use https://example.com instead."_s;
    QTest::newRow("server with query")
        << QStringList {u"--server=https://example.com?x=1"_s}
        << u"Invalid --server: The server address must not contain a query (the "
           u"part from “?”)."_s;
    QTest::newRow("server validated with --version")
        << QStringList {u"--version"_s, u"--server"_s, u"ftp://x"_s}
        << u"Invalid --server: The scheme “ftp” is not supported: the server address must start with https://."_s;
    QTest::newRow("two actions") << QStringList {u"--version"_s, u"--print-paths"_s}
                                 << u"--version and --print-paths cannot be used together."_s;
    QTest::newRow("positional") << QStringList {u"leads.csv"_s} << u"Unexpected argument “leads.csv”."_s;
    QTest::newRow("a web address") << QStringList {u"https://miraget.example.com/lead/1"_s}
                                   << u"Unexpected argument “https://miraget.example.com/lead/1”."_s;
    QTest::newRow("javascript:") << QStringList {u"javascript:alert(1)"_s}
                                 << u"Unexpected argument “javascript:alert(1)”."_s;
    QTest::newRow("two links") << QStringList {u"miraget://a/lead/1"_s, u"miraget://a/lead/2"_s}
                               << u"Unexpected argument “miraget://a/lead/2”."_s;
    QTest::newRow("a link with --sync-once") << QStringList {u"--sync-once"_s,
        u"miraget://a/lead/1"_s} << u"A link opens in the window; --sync-once does not take one."_s;
    QTest::newRow("a link with --logout") << QStringList {u"miraget://a/lead/1"_s, u"--logout"_s}
                                          << u"A link opens in the window; --logout does not take one."_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << u"Unknown option 'frobnicate'."_s;
    QTest::newRow("qt option not on the list")
        << QStringList {u"-widgetcount"_s} << u"Unknown option 'widgetcount'."_s;
    QTest::newRow("missing value") << QStringList {u"--server"_s} << u"Missing value after '--server'."_s;
}

void TestCommandLine::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);

    const CommandLine::Result result = parse(arguments);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
}

void TestCommandLine::helpTextListsOptions()
{
    CommandLine commandLine;
    const QString help = commandLine.helpText();
    for (const auto option : {u"--server <url>", u"--profile <name>", u"--print-paths", u"--minimized",
             u"--version", u"--help", u"[link]", u"miraget://"})
        QVERIFY2(help.contains(option), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
