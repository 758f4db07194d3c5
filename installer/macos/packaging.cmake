# macOS: miraget as an app bundle (app/CMakeLists.txt sets MACOSX_BUNDLE and this Info.plist),
# made self-contained by macdeployqt at install time and shipped in a DMG (cpack -G DragNDrop).
# Written for a maintainer with Qt 6.4+ and Xcode; not built on the Linux CI. Signing and
# notarisation take the maintainer's identity: see README.md here.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Miraget Desktop")
set(CPACK_DMG_FORMAT UDZO)

find_program(MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(MACDEPLOYQT)
    install(CODE "
        execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/miraget.app\"
            -qmldir=\"${PROJECT_SOURCE_DIR}/qml\" -always-overwrite COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "macdeployqt not found: the bundle would lack the Qt runtime")
endif()
