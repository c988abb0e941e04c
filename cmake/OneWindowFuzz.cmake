# The libFuzzer targets of tests/fuzz in the main build: libFuzzer is clang's, the main build is
# g++'s, so tests/fuzz is a project of its own, configured with clang++ as an external project
# (only the few core sources the targets reach are compiled again, instrumented). Each target then
# runs for 30 seconds over its seed corpus as the CTest test fuzz_<target>_smoke, failing on a
# crash, a broken property or any sanitizer report. Included from tests/CMakeLists.txt when
# OW_BUILD_FUZZ is on; no clang++ (or no libFuzzer) is a configure error, never a silent pass.
include(ExternalProject)

find_program(OW_FUZZ_CXX NAMES clang++-14 clang++ DOC "clang++ for the libFuzzer targets (tests/fuzz)")
if(NOT OW_FUZZ_CXX)
  message(FATAL_ERROR "The fuzz smoke tests need clang++ with libFuzzer: run installer/setup-deps.sh (it installs "
                      "clang-14 and libclang-rt-14-dev), or configure with -DOW_BUILD_FUZZ=OFF to build without them.")
endif()
execute_process(COMMAND ${OW_FUZZ_CXX} -print-runtime-dir OUTPUT_VARIABLE ow_fuzz_runtime OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE ow_fuzz_rc)
file(GLOB ow_fuzz_lib "${ow_fuzz_runtime}/libclang_rt.fuzzer-*.a")
if(NOT ow_fuzz_rc EQUAL 0 OR NOT ow_fuzz_lib)
  message(FATAL_ERROR "${OW_FUZZ_CXX} has no libFuzzer runtime (libclang_rt.fuzzer in '${ow_fuzz_runtime}'): install "
                      "libclang-rt-14-dev (installer/setup-deps.sh does), or configure with -DOW_BUILD_FUZZ=OFF.")
endif()
message(STATUS "Fuzz targets: ${OW_FUZZ_CXX}")

set(OW_FUZZ_TARGETS request_body resident_id sync_push catalogue_import)
set(ow_fuzz_bin ${PROJECT_BINARY_DIR}/fuzz)
set(ow_fuzz_binaries "")
foreach(target IN LISTS OW_FUZZ_TARGETS)
  list(APPEND ow_fuzz_binaries ${ow_fuzz_bin}/fuzz_${target})
endforeach()
ExternalProject_Add(ow_fuzz
  SOURCE_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz
  BINARY_DIR ${ow_fuzz_bin}
  CMAKE_ARGS -DCMAKE_CXX_COMPILER=${OW_FUZZ_CXX} -DOW_WERROR=${OW_WERROR}
             -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
  INSTALL_COMMAND ""
  BUILD_ALWAYS ON # its sources are core's: let its own ninja decide what changed
  BUILD_BYPRODUCTS ${ow_fuzz_binaries})

foreach(target IN LISTS OW_FUZZ_TARGETS)
  set(dict "")
  if(NOT target STREQUAL "resident_id")
    set(dict ${PROJECT_SOURCE_DIR}/tests/fuzz/json.dict)
  endif()
  add_test(NAME fuzz_${target}_smoke
    COMMAND ${CMAKE_COMMAND} -DFUZZER=${ow_fuzz_bin}/fuzz_${target} -DSEEDS=${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${target}
            -DWORK=${ow_fuzz_bin}/smoke/${target} -DDICT=${dict} -DSECONDS=30
            -P ${PROJECT_SOURCE_DIR}/tests/fuzz/RunSmoke.cmake)
  set_tests_properties(fuzz_${target}_smoke PROPERTIES TIMEOUT 150 LABELS fuzz
    ENVIRONMENT "UBSAN_OPTIONS=print_stacktrace=1")
endforeach()
