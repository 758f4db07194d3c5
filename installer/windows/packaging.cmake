# Windows: an NSIS installer (cpack -G NSIS) or an MSI (cpack -G WIX) of the install tree, with
# the Qt runtime deployed into it by windeployqt at install time. Written for a maintainer with
# Qt 6.4+ (MSVC), NSIS 3 or WiX 3 on PATH; not built on the Linux CI.
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_DISPLAY_NAME "Miraget Desktop")
set(CPACK_NSIS_PACKAGE_NAME "Miraget Desktop")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/miraget.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/miraget.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/miraget.exe)
set(CPACK_NSIS_URL_INFO_ABOUT https://miraget.com/)
set(CPACK_NSIS_CONTACT support@miraget.com)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Miraget Desktop.lnk' '$INSTDIR\\\\bin\\\\miraget.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Miraget Desktop.lnk'")
# WiX: a stable upgrade code so a new version replaces the old one.
set(CPACK_WIX_UPGRADE_GUID 6B1F3C52-8E0A-4B7E-9A57-2D1C0F4E8A31)
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/miraget.ico)

find_program(WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(WINDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${WINDEPLOYQT}\" --qmldir \"${PROJECT_SOURCE_DIR}/qml\"
            --no-translations --release \"\${CMAKE_INSTALL_PREFIX}/bin/miraget.exe\"
            COMMAND_ERROR_IS_FATAL ANY)
        execute_process(COMMAND \"${WINDEPLOYQT}\" --no-translations --release
            \"\${CMAKE_INSTALL_PREFIX}/bin/miraget-server.exe\" COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "windeployqt not found: the installer would lack the Qt runtime")
endif()
