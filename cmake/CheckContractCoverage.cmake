# cmake -DCONTRACT_DIR=… -DDOCS_DIR=… -P CheckContractCoverage.cmake (the api_contract_coverage test):
# runs docs/tools/check-answers.mjs --coverage over every recording of the contract suites.
cmake_minimum_required(VERSION 3.25)
file(GLOB recordings "${CONTRACT_DIR}/*.jsonl")
if(NOT recordings)
  message(FATAL_ERROR "no recordings in ${CONTRACT_DIR}: run the tst_contract_* suites first")
endif()
execute_process(COMMAND node tools/check-answers.mjs api/openapi.yaml ${recordings} --coverage
                WORKING_DIRECTORY "${DOCS_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the contract suites do not cover or fit docs/api/openapi.yaml:\n${out}")
endif()
message(STATUS "${out}")
