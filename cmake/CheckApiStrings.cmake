# cmake -DSOURCE_DIR=… -P CheckApiStrings.cmake (the layering_api_strings test).
# The API's paths and field names have one home each:
#  - an `/api/v1` path is written only in the server's route table (server/) and in the typed
#    client (core/client/api/) — nowhere else in core/, ui/ or app/;
#  - screens never touch JSON: nothing under ui/ names QJsonObject, QJsonArray, QJsonValue or
#    QJsonDocument (they get typed values from core/client; field names live in the contract
#    types of core/domain/api and the domain types' toJson/fromJson).
cmake_minimum_required(VERSION 3.25)
set(problems "")
file(GLOB_RECURSE production RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(rel IN LISTS production)
  if(rel MATCHES "^core/client/api/")
    continue()
  endif()
  file(STRINGS "${SOURCE_DIR}/${rel}" hits REGEX "/api/v1")
  foreach(line IN LISTS hits)
    # Comments may name an operation; code may not.
    string(REGEX REPLACE "//.*$" "" code "${line}")
    string(STRIP "${code}" code)
    if(code MATCHES "/api/v1" AND NOT code MATCHES "^\\*")
      list(APPEND problems "${rel}: an API path outside the route table and the typed client: ${code}")
    endif()
  endforeach()
  if(rel MATCHES "^ui/")
    file(STRINGS "${SOURCE_DIR}/${rel}" hits REGEX "QJson(Object|Array|Value|Document|ParseError)")
    foreach(line IN LISTS hits)
      string(STRIP "${line}" line)
      list(APPEND problems "${rel}: JSON in a screen: ${line}")
    endforeach()
  endif()
endforeach()
list(LENGTH production n)
if(problems)
  list(LENGTH problems count)
  string(REPLACE ";" "\n  " problems "${problems}")
  message(FATAL_ERROR "${count} API strings out of place:\n  ${problems}")
endif()
message(STATUS "API strings: ${n} files of core/, ui/ and app/ checked, all in place")
