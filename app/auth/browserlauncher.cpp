#include "browserlauncher.h"

#include <QProcess>
#include <QStandardPaths>

namespace {
browserlauncher::Opener &opener()
{
    static browserlauncher::Opener instance = [](const QUrl &url) {
        const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
        return !xdgOpen.isEmpty() && QProcess::startDetached(xdgOpen, {url.toString(QUrl::FullyEncoded)});
    };
    return instance;
}
} // namespace

namespace browserlauncher {

bool open(const QUrl &url)
{
    return opener()(url);
}

void setOpener(Opener replacement)
{
    opener() = std::move(replacement);
}

} // namespace browserlauncher
