# Shared settings for every Yardmaster target, and the layering check.

# Zeal's defines: no implicit ASCII casts, QStringBuilder everywhere.
set(YARD_QT_DEFINES QT_NO_CAST_TO_ASCII QT_RESTRICTED_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400)

function(yard_target_settings target)
  target_compile_definitions(${target} PRIVATE ${YARD_QT_DEFINES})
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(YARD_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(YARD_SANITIZE)
      target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
      target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    if(YARD_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  endif()
endfunction()

# A core library: links only Qt Core, Network, WebSockets and Sql, the system SQLite (the log
# writer) and other core libraries.
function(yard_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(${name} PUBLIC ${ARG_DEPENDS})
  yard_target_settings(${name})
  set_property(GLOBAL APPEND PROPERTY YARD_CORE_TARGETS ${name})
endfunction()

# Fails the configure step if any core library reaches Qt Gui or Widgets, directly or through
# another library: `yardmaster serve` must run on a machine without a display stack.
function(yard_check_core_layering)
  set(allowed Qt6::Core Qt6::Network Qt6::WebSockets Qt6::Sql SQLite::SQLite3)
  get_property(core_targets GLOBAL PROPERTY YARD_CORE_TARGETS)
  foreach(target IN LISTS core_targets)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
      if(lib STREQUAL "libs-NOTFOUND")
        continue()
      endif()
      if(NOT lib IN_LIST allowed AND NOT lib IN_LIST core_targets)
        message(FATAL_ERROR "core library ${target} links ${lib}; core may link only "
                            "${allowed} and other core libraries (see DESIGN.md, Layers)")
      endif()
    endforeach()
  endforeach()
endfunction()
