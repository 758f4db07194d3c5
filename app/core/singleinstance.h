#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

// One window per profile: a second `miraget` for the same profile would open the same encrypted
// cache and keychain entries twice, so it asks the running one to show its window and exits. The
// running instance listens on a local socket (a Unix socket, a named pipe on Windows) that only
// this user may connect to; a second launch connects and sends one line: "activate", or
// "open <the link as base64url of its UTF-8>" when it was started with a miraget:// link (cut to
// MiragetLink::kMaxLength + 1 characters, so an overlong link still arrives as one, and refused).
// The running instance only relays the text; MiragetLink::parse() judges it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Primary, // this process listens; activated() fires when another launch asks for the window
        Secondary, // another process of the profile runs and has been asked to show its window
        Unavailable, // neither: the socket could not be created (see errorString()); run anyway
    };

    // The socket name for `profile` of this user and these config directories (so a test run with
    // its own XDG_CONFIG_HOME never finds the developer's running app), in $XDG_RUNTIME_DIR if set.
    static QString serverNameFor(const QString &profile);

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Decides the role once: hands over to a running instance (with `link`, when not empty), or
    // becomes it (replacing a socket that a crashed instance left behind). Blocks for at most about
    // two seconds.
    Role start(const QString &link = {});
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_error; }

    // The one-line note a second launch prints on stderr, translated.
    static QString alreadyRunningNote(const QString &profile);

Q_SIGNALS:
    // Another launch of the same profile asked for the window. Emitted from the event loop, after
    // the socket was answered, so a receiver may do anything (even run the event loop).
    void activated();
    // ... and gave it this link to open (after activated()), as it was given: not checked yet.
    void linkReceived(const QString &link);

private:
    bool handOver(const QString &link);
    bool listen();
    void onNewConnection();

    QString m_serverName;
    QLocalServer m_server;
    QString m_error;
};
