# The `static` action: included by core/routing/CMakeLists.txt and compiled directly into
# tests/unit/static.
set(YARD_ROUTING_STATIC_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/byteranges.cpp ${CMAKE_CURRENT_LIST_DIR}/byteranges.h
    ${CMAKE_CURRENT_LIST_DIR}/directorylisting.cpp ${CMAKE_CURRENT_LIST_DIR}/directorylisting.h
    ${CMAKE_CURRENT_LIST_DIR}/httpvalidators.cpp ${CMAKE_CURRENT_LIST_DIR}/httpvalidators.h
    ${CMAKE_CURRENT_LIST_DIR}/mimetypes.cpp ${CMAKE_CURRENT_LIST_DIR}/mimetypes.h
    ${CMAKE_CURRENT_LIST_DIR}/rootdirectory.cpp ${CMAKE_CURRENT_LIST_DIR}/rootdirectory.h
    ${CMAKE_CURRENT_LIST_DIR}/staticfolder.cpp ${CMAKE_CURRENT_LIST_DIR}/staticfolder.h
    ${CMAKE_CURRENT_LIST_DIR}/staticpath.cpp ${CMAKE_CURRENT_LIST_DIR}/staticpath.h)
