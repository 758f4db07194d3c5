#pragma once

#include "core/profilepaths.h"
#include "core/serverendpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <utility>
#include <vector>

// What the user asked for on the command line, validated. Plain data so that main() and the tests
// can inspect it without a parser around.
struct CommandLineOptions
{
    // One per mutually exclusive thing the executable can do.
    enum class Action
    {
        RunGui,
        ShowHelp,
        ShowVersion,
        PrintPaths,
        Login,
        WhoAmI,
        Logout,
        SyncOnce,
        ExportLeads,
    };

    Action action = Action::RunGui;
    ServerEndpoint server; // not valid when --server was not given
    QString profile = ProfilePaths::defaultProfileName();
    int timeoutSeconds = 300; // --timeout: how long --login waits for the browser
    QString exportPath; // --export-leads FILE.csv
    bool minimized = false; // --minimized: start in the tray (or minimised), as autostart does
    // A miraget:// link to open in the window (the desktop entry's %u), as given: the window checks
    // it (MiragetLink::parse) and says why when it refuses it, so a link clicked in a browser is
    // answered where the person looks. Empty: none.
    QString link;
};

// Turns argv into CommandLineOptions. It never prints and never exits, unlike
// QCommandLineParser::process(), so main() decides how to report and tests can look at errors.
// It can run before any QCoreApplication exists, which lets main() answer --version and refuse
// bad options without a display. A new action is one Action value plus one addAction() call.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct Result
    {
        QString error; // one translated sentence for stderr; empty on success
        CommandLineOptions options;

        bool ok() const { return error.isEmpty(); }
    };

    CommandLine();

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    Result parse(const QStringList &arguments);
    // Needs a QCoreApplication instance, which supplies the program name in the usage line.
    QString helpText() const;

private:
    void addAction(const QCommandLineOption &option, CommandLineOptions::Action action);
    void addQtGuiOptions();

    QCommandLineParser m_parser;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_timeoutOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_exportLeadsOption;
    QCommandLineOption m_minimizedOption;
    std::vector<std::pair<QCommandLineOption, CommandLineOptions::Action>> m_actions;
};
