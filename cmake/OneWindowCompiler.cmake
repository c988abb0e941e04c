# Warnings, sanitizers and Qt string hygiene for every OneWindow target.
add_library(ow_compile_options INTERFACE)
target_compile_options(ow_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wformat=2 -Wnon-virtual-dtor -Woverloaded-virtual
  -Wcast-qual -Wshadow=local -Wimplicit-fallthrough)
if(OW_WERROR)
  target_compile_options(ow_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(ow_compile_options INTERFACE
  QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400
  OW_VERSION="${PROJECT_VERSION}")
if(OW_SANITIZE)
  target_compile_options(ow_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(ow_compile_options INTERFACE -fsanitize=address,undefined)
endif()
if(CMAKE_BUILD_TYPE STREQUAL "Release")
  target_compile_options(ow_compile_options INTERFACE -D_FORTIFY_SOURCE=2 -fstack-protector-strong)
endif()

# ow_add_library(NAME SOURCES ... LIBS ...): a library of the project. Static by default, so the
# installed programs stand alone; shared with OW_SHARED_LIBS, so the test build's ~140 programs do
# not each carry a copy of every library with its debug information (12 GB against ~2 GB).
function(ow_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ow_add_library(${name}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(OW_SHARED_LIBS)
    add_library(${name} SHARED ${ARG_SOURCES})
  else()
    add_library(${name} STATIC ${ARG_SOURCES})
  endif()
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_LIBS} PRIVATE ow_compile_options)
endfunction()

# ow_add_executable(NAME SOURCES ... LIBS ...): a thin executable, installed to bin/.
function(ow_add_executable name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ow_add_executable(${name}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} ow_compile_options)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
  install(TARGETS ${name} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endfunction()
