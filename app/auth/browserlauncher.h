#pragma once

#include <QUrl>

#include <functional>

// Opens a URL in the user's browser through the desktop's normal mechanism. By default that is
// xdg-open, which honours $BROWSER; the GUI replaces it with QDesktopServices. Only the authorize
// URL passes through here: it carries a state and a PKCE challenge, both public by design.
namespace browserlauncher {
using Opener = std::function<bool(const QUrl &)>;
bool open(const QUrl &url);
void setOpener(Opener opener);
} // namespace browserlauncher
