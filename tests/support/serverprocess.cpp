#include "serverprocess.h"

#include <sys/prctl.h>

#include <csignal>

#include <QDeadlineTimer>

ServerProcess::ServerProcess(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    const qsizetype dataIndex = m_arguments.indexOf(QStringLiteral("--data"));
    if (dataIndex >= 0 && dataIndex + 1 < m_arguments.size()) {
        m_dataDir = m_arguments[dataIndex + 1];
    } else {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
        m_arguments << QStringLiteral("--data") << m_dataDir;
    }
    if (!m_arguments.contains(QStringLiteral("--listen")))
        m_arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServerProcess::binary()
{
    return QStringLiteral(MIRAGET_SERVER_BINARY);
}

QStringList ServerProcess::seed(int leads, int events)
{
    return {QStringLiteral("--seed-leads"), QString::number(leads), QStringLiteral("--seed-events"),
        QString::number(events)};
}

bool ServerProcess::start(int timeoutMs)
{
    m_process.setProgram(binary());
    m_process.setArguments(m_arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The destructor stops the server; this stops it when the test dies before any destructor runs
    // (a crash, a sanitizer's abort), so no server outlives the test that started it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray buffered;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        buffered += m_process.readAllStandardOutput();
        const qsizetype newline = buffered.indexOf('\n');
        if (newline >= 0) {
            const QByteArray line = buffered.left(newline);
            const QByteArray prefix = "listening on ";
            if (!line.startsWith(prefix)) {
                m_error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(line);
                return false;
            }
            m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
            return m_url.isValid() && m_url.port() > 0;
        }
    }
    m_error = QStringLiteral("server did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServerProcess::databasePath() const
{
    return m_dataDir + QStringLiteral("/miraget-server.sqlite");
}

QSqlDatabase ServerProcess::database(const QString &connection) const
{
    QSqlDatabase db = QSqlDatabase::contains(connection)
        ? QSqlDatabase::database(connection)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(databasePath());
    db.open();
    return db;
}
