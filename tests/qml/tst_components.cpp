// Runs the tst_*.qml files of this directory with the app's QML module compiled in. The setup
// keeps the components' settings (AppSettings) off the real user's configuration.
#include "appcontext.h"

#include <QQmlEngine>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(com_miraget_desktopPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_context = std::make_unique<AppContext>(
            ServerEndpoint(), QStringLiteral("components-test"), QStringLiteral("0.0.0-test"));
        AppContext::setInstance(m_context.get());
    }
    // The module's QML files are compiled in under qrc:/com/miraget/desktop (qt_add_qml_module).
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { AppContext::setInstance(nullptr); }

private:
    std::unique_ptr<AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(components, Setup)
#include "tst_components.moc"
