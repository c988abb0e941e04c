# What a `.deb` installs beyond the binaries, and the CPack settings (cpack -G DEB).
install(FILES installer/desktop/onewindow.desktop installer/desktop/onewindow-kiosk.desktop
              installer/desktop/onewindow-display.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/icons/onewindow.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES installer/systemd/onewindow-server.service DESTINATION lib/systemd/system)
install(FILES installer/server.conf DESTINATION /etc/onewindow)
install(FILES resources/catalogue/catalogue.json DESTINATION ${CMAKE_INSTALL_DATADIR}/onewindow)

set(CPACK_PACKAGE_NAME "onewindow")
set(CPACK_PACKAGE_VENDOR "OneWindow")
set(CPACK_PACKAGE_CONTACT "OneWindow team <onewindow@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Counter-service system for HR & social security service halls")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, adduser")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/installer/postinst;${PROJECT_SOURCE_DIR}/installer/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_GENERATOR "DEB")
include(CPack)
