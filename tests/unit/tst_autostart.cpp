#include "core/autostart.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList lines(const QString &path)
{
    return readAll(path).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

// The XDG autostart entry behind Settings → Startup, written for real into a temporary
// XDG_CONFIG_HOME (and checked with desktop-file-validate where it is installed).
class TestAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enablingWritesEntry();
    void otherProfilesGetTheirOwnEntry();
    void disablingRemovesEntry();
    void entryTurnedOffByTheDesktopCountsAsOff();
    void fallsBackToDotConfig();
    void reportsWriteFailure();

private:
    void validate(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_home;
    QByteArray m_config;
};

void TestAutostart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_home = qgetenv("HOME");
    m_config = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(u"config"_s)));
}

void TestAutostart::cleanup()
{
    qputenv("HOME", m_home);
    if (m_config.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", m_config);
}

void TestAutostart::validate(const QString &path)
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty()) {
        qInfo("desktop-file-validate not installed; entry not validated");
        return;
    }
    QProcess process;
    process.start(validator, {path});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
    // It also prints warnings and hints with exit code 0; an entry we write should have none.
    QVERIFY2(output.trimmed().isEmpty(), output.constData());
}

void TestAutostart::enablingWritesEntry()
{
    Autostart autostart(u"default"_s);
    const QString path = m_dir->filePath(u"config/autostart/com.miraget.Desktop.desktop"_s);
    QCOMPARE(autostart.entryPath(), path);
    QVERIFY(autostart.isSupported());
    QVERIFY(!autostart.isEnabled());

    QVERIFY2(autostart.setEnabled(true), qPrintable(autostart.errorString()));
    QVERIFY(autostart.isEnabled());
    const QStringList entry = lines(path);
    QCOMPARE(entry.value(0), u"[Desktop Entry]"_s);
    QVERIFY(entry.contains(u"Type=Application"_s));
    QVERIFY2(entry.contains(u"Exec=miraget --minimized"_s), qPrintable(entry.join(u'\n')));
    QVERIFY(entry.contains(u"X-GNOME-Autostart-enabled=true"_s));
    validate(path);

    // Enabling again rewrites the same entry rather than failing on the existing file.
    QVERIFY(autostart.setEnabled(true));
    QCOMPARE(lines(path), entry);
}

void TestAutostart::otherProfilesGetTheirOwnEntry()
{
    Autostart work(u"work"_s);
    Autostart fallback(u"default"_s);
    QVERIFY(work.setEnabled(true));
    QVERIFY(fallback.setEnabled(true));
    const QString path = m_dir->filePath(u"config/autostart/com.miraget.Desktop.work.desktop"_s);
    QCOMPARE(work.entryPath(), path);
    QVERIFY2(lines(path).contains(u"Exec=miraget --minimized --profile work"_s), qPrintable(readAll(path)));
    validate(path);

    QVERIFY(work.setEnabled(false));
    QVERIFY(!work.isEnabled());
    QVERIFY(fallback.isEnabled());
}

void TestAutostart::disablingRemovesEntry()
{
    Autostart autostart(u"default"_s);
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(autostart.entryPath()));
    QVERIFY2(autostart.setEnabled(false), qPrintable(autostart.errorString()));
    QVERIFY(!QFile::exists(autostart.entryPath()));
    QVERIFY(!autostart.isEnabled());
    // Nothing to remove is not an error.
    QVERIFY(autostart.setEnabled(false));
}

void TestAutostart::entryTurnedOffByTheDesktopCountsAsOff()
{
    Autostart autostart(u"default"_s);
    QVERIFY(autostart.setEnabled(true));
    QFile file(autostart.entryPath());
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!autostart.isEnabled());
}

void TestAutostart::fallsBackToDotConfig()
{
    qunsetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(m_dir->path()));
    Autostart autostart(u"default"_s);
    QCOMPARE(autostart.entryPath(), m_dir->filePath(u".config/autostart/com.miraget.Desktop.desktop"_s));
    QVERIFY(autostart.setEnabled(true));
    QVERIFY(QFile::exists(m_dir->filePath(u".config/autostart/com.miraget.Desktop.desktop"_s)));
}

void TestAutostart::reportsWriteFailure()
{
    // A file where the autostart directory should be: nothing can be written under it.
    QFile blocker(m_dir->filePath(u"config"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Autostart autostart(u"default"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"autostart: Could not write"_s));
    QVERIFY(!autostart.setEnabled(true));
    QVERIFY(autostart.errorString().contains(u"com.miraget.Desktop.desktop"_s));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
