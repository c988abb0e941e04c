# cmake -DFUZZER=… -DSEEDS=… -DWORK=… [-DDICT=…] [-DSECONDS=30] -P RunSmoke.cmake
# One short run of a libFuzzer target (the fuzz_<target>_smoke tests): over its seed corpus, new
# inputs going to a fresh directory under WORK (the repository is not written to). Fails when the
# target exits otherwise than cleanly — a crash, a broken property, a sanitizer report, a leak or
# a timeout; the input that did it is kept as WORK/crash-… (or leak-…, timeout-…).
cmake_minimum_required(VERSION 3.25)
foreach(var FUZZER SEEDS WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "RunSmoke.cmake: ${var} is required")
  endif()
endforeach()
if(NOT DEFINED SECONDS)
  set(SECONDS 30)
endif()
if(NOT EXISTS "${FUZZER}")
  message(FATAL_ERROR "${FUZZER} was not built (the ow_fuzz target builds it)")
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
set(args -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1
         "-artifact_prefix=${WORK}/")
if(DICT)
  list(APPEND args "-dict=${DICT}")
endif()
execute_process(COMMAND "${FUZZER}" ${args} "${WORK}/corpus" "${SEEDS}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(GLOB found "${WORK}/crash-*" "${WORK}/leak-*" "${WORK}/timeout-*" "${WORK}/oom-*")
  message(FATAL_ERROR "${FUZZER} failed (exit ${rc}); the input: ${found}\n"
                      "Reproduce with: ${FUZZER} <that file>  (see tests/fuzz/README.md)")
endif()
file(REMOVE_RECURSE "${WORK}") # nothing to keep from a clean run
