# Windows: an icon and version resource in the executable, Qt's DLLs and plugins deployed with
# windeployqt at install time, the MSVC runtime app-local, and an NSIS installer (plus a ZIP).
# Not built on our Linux machines: docs/PACKAGING.md has the commands, and the core does not
# compile for Windows until its socket calls go through Winsock (docs/DESIGN-NOTES.md).

set(win_out ${CMAKE_CURRENT_BINARY_DIR}/windows)
set(YARD_ICO ${win_out}/yardmaster.ico)
add_custom_command(OUTPUT ${YARD_ICO}
  COMMAND yard_iconrender ${YARD_ICON_SVG} ${YARD_ICO} 16 20 24 32 40 48 64 256
  DEPENDS yard_iconrender ${YARD_ICON_SVG}
  COMMENT "Rendering the Windows icon" VERBATIM)
add_custom_target(yard_windows_icon ALL DEPENDS ${YARD_ICO})

string(REPLACE "." "," YARD_VERSION_COMMAS "${PROJECT_VERSION}.0")
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/windows/yardmaster.rc.in ${win_out}/yardmaster.rc @ONLY)
target_sources(yardmaster PRIVATE ${win_out}/yardmaster.rc)
set_source_files_properties(${win_out}/yardmaster.rc TARGET_DIRECTORY yardmaster
                            PROPERTIES OBJECT_DEPENDS ${YARD_ICO})
add_dependencies(yardmaster yard_windows_icon)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo DESTINATION .)

# The MSVC runtime DLLs beside the executable: no separate redistributable to install.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs and plugins both binaries need. It is given the window module
# too: the executable alone links only Qt Core/Network/WebSockets/Sql, and windeployqt would
# then leave out Widgets, Svg and the platform plugin. Left out on purpose: the software OpenGL
# fallback (~20 MB) and the D3D compiler; the MSVC runtime comes from the step above.
if(TARGET Qt6::windeployqt)
  set(windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
else()
  set(windeployqt "$<TARGET_FILE_DIR:Qt6::qmake>/windeployqt.exe")
endif()
install(CODE "
  set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
  execute_process(
    COMMAND \"${windeployqt}\" $<IF:$<CONFIG:Debug>,--debug,--release>
            --no-compiler-runtime --no-opengl-sw --no-system-d3d-compiler
            --dir \"\${bin}\" \"\${bin}/yardmaster.exe\" \"\${bin}/yardmaster-gui.dll\"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR \"windeployqt failed (\${result})\")
  endif()
")

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Yardmaster)
# Start-menu shortcut "Yardmaster" to bin\yardmaster.exe (it shows the executable's icon).
set(CPACK_PACKAGE_EXECUTABLES yardmaster Yardmaster)
set(CPACK_NSIS_PACKAGE_NAME Yardmaster)
set(CPACK_NSIS_DISPLAY_NAME "Yardmaster ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${YARD_ICO})
set(CPACK_NSIS_MUI_UNIICON ${YARD_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\yardmaster.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${YARD_HOMEPAGE})
set(CPACK_NSIS_HELP_LINK ${YARD_HOMEPAGE})
set(CPACK_NSIS_CONTACT ${YARD_MAINTAINER})
# A second install replaces the first instead of stacking uninstall entries.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ on PATH, for `yardmaster serve` in a terminal.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN yardmaster.exe)
