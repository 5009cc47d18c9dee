# Linux: freedesktop integration (desktop file, AppStream metainfo, MIME type, hicolor icons), a
# man page and the demo project; .deb, .tar.gz, and .rpm where rpmbuild exists.
include(GNUInstallDirs)
set(linux_in ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(linux_out ${CMAKE_CURRENT_BINARY_DIR}/linux)

configure_file(${linux_in}/yardmaster.desktop.in ${linux_out}/${YARD_APP_ID}.desktop @ONLY)
configure_file(${linux_in}/yardmaster.metainfo.xml.in ${linux_out}/${YARD_APP_ID}.metainfo.xml
               @ONLY)
configure_file(${linux_in}/yardmaster-mime.xml ${linux_out}/${YARD_APP_ID}.xml COPYONLY)
configure_file(${linux_in}/yardmaster.1.in ${linux_out}/yardmaster.1 @ONLY)
install(FILES ${linux_out}/${YARD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${linux_out}/${YARD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${linux_out}/${YARD_APP_ID}.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)

# Icons: the SVG as is, and PNGs rendered from it for desktops and docks that want pixels.
set(YARD_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(icon_pngs "")
foreach(size IN LISTS YARD_ICON_SIZES)
  list(APPEND icon_pngs ${linux_out}/hicolor/${size}x${size}/apps/${YARD_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${icon_pngs}
  COMMAND yard_iconrender ${YARD_ICON_SVG} ${linux_out}/hicolor/%1x%1/apps/${YARD_APP_ID}.png
          ${YARD_ICON_SIZES}
  DEPENDS yard_iconrender ${YARD_ICON_SVG}
  COMMENT "Rendering the hicolor PNG icons" VERBATIM)
# Debian policy 12.1: man pages are installed compressed with gzip -9 (-n: reproducible).
set(man_page ${linux_out}/yardmaster.1.gz)
add_custom_command(OUTPUT ${man_page}
  COMMAND gzip -9 -n -c ${linux_out}/yardmaster.1 > ${man_page}
  DEPENDS ${linux_in}/yardmaster.1.in ${linux_out}/yardmaster.1
  COMMENT "Compressing the man page")
add_custom_target(yard_linux_package_files ALL DEPENDS ${icon_pngs} ${man_page})

install(DIRECTORY ${linux_out}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${YARD_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${YARD_APP_ID}.svg)
install(FILES ${man_page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo
        DESTINATION ${CMAKE_INSTALL_DATADIR}/yardmaster)

set(CPACK_GENERATOR DEB TGZ)
find_program(YARD_RPMBUILD rpmbuild)
if(YARD_RPMBUILD)
  list(APPEND CPACK_GENERATOR RPM)
endif()
# .deb and .rpm install into /usr; the tarball stays relocatable (cpack-per-generator.cmake).
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps turns every linked library into its package (libqt6core6, libqt6widgets6, ...).
# It cannot see plugins Qt loads at run time, so those are named here: the SQLite driver that
# `yardmaster logs` and the log view query through (QSQLITE), and the SVG icon engine that draws
# the window icon (libqt6svg6: the linker drops the module's unused link to Qt Svg itself). The
# X11 platform plugin ships in libqt6gui6; Wayland's is optional.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")

set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
set(CPACK_RPM_PACKAGE_URL ${YARD_HOMEPAGE})
set(CPACK_RPM_PACKAGE_LICENSE "Unspecified")
# rpmbuild's automatic requirements find the libraries; the plugins are named by hand again
# (Fedora's names: the SQLite driver is in qt6-qtbase, the SVG icon engine in qt6-qtsvg).
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase, qt6-qtsvg")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# Stripped binaries: no debuginfo package to point /usr/lib/.build-id links at.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Directories owned by the filesystem package or by icon themes, never by us.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
    /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS YARD_ICON_SIZES)
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
       /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
