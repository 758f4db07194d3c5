#pragma once

#include "core/serverendpoint.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// The application-wide facts QML binds to: which server and profile this window works with and
// the build's version. main() creates and owns the one instance before loading QML; the QML
// singleton hands out that instance, so QML never constructs state of its own and nothing goes
// through context properties.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool serverConfigured READ serverConfigured CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(bool serverSecure READ serverSecure CONSTANT)
    Q_PROPERTY(bool serverLoopback READ serverLoopback CONSTANT)
    Q_PROPERTY(QString profile READ profile CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)

public:
    AppContext(const ServerEndpoint &server, const QString &profile, const QString &version,
        QObject *parent = nullptr);

    // The instance create() returns; set before the QML engine first touches the singleton.
    static void setInstance(AppContext *context);
    static AppContext *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    // For C++ view models that need the profile or server; never null once main() has set it.
    static AppContext *instance();

    bool serverConfigured() const { return m_server.isValid(); }
    QString serverUrl() const { return m_server.toString(); }
    bool serverSecure() const { return m_server.isSecure(); }
    bool serverLoopback() const { return m_server.isLoopback(); }
    QString profile() const { return m_profile; }
    QString version() const { return m_version; }
    static QString qtVersion() { return QString::fromLatin1(qVersion()); }

private:
    ServerEndpoint m_server;
    QString m_profile;
    QString m_version;
};
