# The Debian package and the tarball. Shared-library dependencies are computed by dpkg-shlibdeps
# from the installed binaries; only what the binaries load at run time by name (QML modules, the
# server's SQL driver, the Secret Service daemon) is listed by hand, because no linker sees it.
# ctest packaging.dependencies derives that list from the code and fails when one is missing here.
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The QML modules qml/ imports and those their own files import (the file dialogs' Qt Quick
# implementation: Qt.labs.folderlistmodel; QtQml: QtQml.Models; the Basic style: QtQuick.Shapes);
# the X11 platform plugin and the TLS backend are in libqt6gui6 and libqt6network6, which
# dpkg-shlibdeps finds; miraget-server opens its database through Qt's SQLite driver.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtquick, \
qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, \
qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qt-labs-folderlistmodel, \
qml6-module-qtquick-shapes, qml6-module-qtcharts, libqt6sql6-sqlite")
# Tokens and the cache key live in the Secret Service; any provider will do. iso-codes translates
# country names (without it they are shown in English).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, iso-codes")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")
