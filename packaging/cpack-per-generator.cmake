# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
# The tarball unpacks to yardmaster-VERSION-Linux/{bin,lib,share} and runs from wherever it is
# unpacked (the launcher finds the window module relative to the executable), so no /usr in it.
if(CPACK_GENERATOR STREQUAL "TGZ" OR CPACK_GENERATOR STREQUAL "ZIP")
  set(CPACK_PACKAGING_INSTALL_PREFIX "")
endif()
