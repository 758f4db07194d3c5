#include "appcontext.h"

#include "core/logging.h"

#include <QJSEngine>
#include <QPointer>

namespace {

QPointer<AppContext> &instanceSlot()
{
    static QPointer<AppContext> instance;
    return instance;
}

} // namespace

AppContext::AppContext(
    const ServerEndpoint &server, const QString &profile, const QString &version, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_profile(profile)
    , m_version(version)
{ }

void AppContext::setInstance(AppContext *context)
{
    instanceSlot() = context;
}

AppContext *AppContext::instance()
{
    return instanceSlot().data();
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *)
{
    AppContext *context = instanceSlot().data();
    if (!context) {
        qCCritical(lcUi) << "AppContext used from QML before main() configured it";
        return nullptr;
    }
    // Without this the engine would take ownership and delete the object main() owns.
    QJSEngine::setObjectOwnership(context, QJSEngine::CppOwnership);
    return context;
}
