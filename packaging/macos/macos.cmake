# macOS: yardmaster.app (Info.plist, icns rendered from the SVG, the window module beside the
# executable), Qt frameworks deployed with macdeployqt at install time, and a drag-and-drop DMG.
# Not built on our Linux machines: docs/PACKAGING.md has the commands, and the core does not
# compile for macOS until its Linux-only calls (sendfile, MSG_MORE) get macOS variants
# (docs/DESIGN-NOTES.md).

set(mac_out ${CMAKE_CURRENT_BINARY_DIR}/macos)
set_target_properties(yardmaster PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
  MACOSX_BUNDLE_BUNDLE_NAME Yardmaster
  MACOSX_BUNDLE_GUI_IDENTIFIER ${YARD_APP_ID}
  MACOSX_BUNDLE_ICON_FILE yardmaster.icns
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_COPYRIGHT "Yardmaster developers")
# In the build tree too the module sits where the launcher looks: beside the executable.
set_target_properties(yardmaster-gui PROPERTIES
  LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/app/yardmaster.app/Contents/MacOS)

# iconutil (part of macOS) builds the .icns from an iconset: each size at 1x and 2x.
set(iconset ${mac_out}/yardmaster.iconset)
set(YARD_ICNS ${mac_out}/yardmaster.icns)
add_custom_command(OUTPUT ${YARD_ICNS}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
  COMMAND yard_iconrender ${YARD_ICON_SVG} ${iconset}/icon_%1x%1.png 16 32 128 256 512
  COMMAND yard_iconrender ${YARD_ICON_SVG} ${iconset}/icon_%2x%2@2x.png 32 64 256 512 1024
  COMMAND iconutil --convert icns --output ${YARD_ICNS} ${iconset}
  DEPENDS yard_iconrender ${YARD_ICON_SVG}
  COMMENT "Rendering the macOS icon" VERBATIM)
add_custom_target(yard_macos_icon ALL DEPENDS ${YARD_ICNS})

install(FILES ${YARD_ICNS} DESTINATION yardmaster.app/Contents/Resources)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo
        DESTINATION yardmaster.app/Contents/Resources)

# macdeployqt copies the Qt frameworks and plugins into the bundle and rewrites the install
# names. It is pointed at the window module too (-executable), which alone links Widgets and
# Svg. Rewriting install names breaks the linker's ad-hoc signatures, and arm64 Macs refuse to
# run unsigned code, so the bundle is signed again (ad hoc; a release signs with a Developer ID,
# see docs/PACKAGING.md).
if(TARGET Qt6::macdeployqt)
  set(macdeployqt "$<TARGET_FILE:Qt6::macdeployqt>")
else()
  set(macdeployqt "$<TARGET_FILE_DIR:Qt6::qmake>/macdeployqt")
endif()
install(CODE "
  set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/yardmaster.app\")
  execute_process(
    COMMAND \"${macdeployqt}\" \"\${app}\"
            \"-executable=\${app}/Contents/MacOS/yardmaster-gui.so\"
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR \"macdeployqt failed (\${result})\")
  endif()
  execute_process(COMMAND codesign --force --deep --sign - \"\${app}\" RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR \"codesign failed (\${result})\")
  endif()
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Yardmaster)
set(CPACK_DMG_FORMAT UDBZ)
set(CPACK_PACKAGE_ICON ${YARD_ICNS}) # the mounted volume's icon
