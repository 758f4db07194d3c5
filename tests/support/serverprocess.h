#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// A real miraget-server started for one test: its own data directory in a QTemporaryDir (unless the
// test passes --data), a free loopback port, and the URL read from its first stdout line. The
// process is terminated when the object goes away, so no test leaves a server behind.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList arguments = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts and waits for "listening on …"; false (with the server's stderr in errorText()) on failure.
    bool start(int timeoutMs = 120000);
    // SIGTERM and wait; the data directory is kept for a restart.
    void stop();
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir; }
    // The server's own database (plain SQLite in WAL mode), for tests and tools that read it (or
    // age its rows) beside the running server.
    QString databasePath() const;
    // A connection to it under `connection` (added once, then reused), opened.
    QSqlDatabase database(const QString &connection) const;
    QString errorText() const { return m_error; }
    qint64 pid() const { return m_process.processId(); }
    static QString binary();
    // The arguments that seed a fresh data directory: --seed-leads <leads> --seed-events <events>.
    static QStringList seed(int leads, int events);

private:
    QStringList m_arguments;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};
