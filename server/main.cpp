// miraget-server: the reference Miraget API server. See docs/api.md and `miraget-server --help`.
#include "miragetserver.h"
#include "seed/seeder.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT end the event loop, so the database is closed (and its WAL checkpointed) normally.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("miraget-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRAGET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    ServerOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error)) {
        err << "miraget-server: " << error << Qt::endl;
        return 2;
    }
    MiragetServer server(options);
    if (!server.openData(&error)) {
        err << "miraget-server: " << error << Qt::endl;
        return 1;
    }
    if (options.listDemoUsers) {
        out << "email\tpassword\trole\taccount\n";
        for (const DemoUser &u : demoUsers(server.database()))
            out << u.email << '\t' << u.password << '\t' << u.role << '\t' << u.account << '\n';
        return 0;
    }
    if (!server.listen(&error)) {
        err << "miraget-server: " << error << Qt::endl;
        return 1;
    }
    quitOnSignals(app);
    // Scripts and tests read this exact first line to learn the port.
    out << "listening on " << server.url().toString() << Qt::endl;
    return app.exec();
}
