# Run by ctest (see tests/CMakeLists.txt): install the build into a scratch prefix, configure and
# build examples/cpp against it with find_package(hrtext CONFIG REQUIRED), run the program on a
# sample letter and check that it printed an analysis record.
foreach(var BUILD_DIR WORK_DIR CONSUMER_SOURCE SAMPLE GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "find_package_consumer.cmake needs -D ${var}=...")
  endif()
endforeach()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "command failed (${result}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
run("${CMAKE_COMMAND}" -S "${CONSUMER_SOURCE}" -B "${WORK_DIR}/build" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
    "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}"
    "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}")
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/hrtext-analyze" --date 2019-01-30 "${SAMPLE}")
if(NOT last_output MATCHES "\"document_date\":\"2019-01-30\"")
  message(FATAL_ERROR "hrtext-analyze printed no record with the given date:\n${last_output}")
endif()
run("${WORK_DIR}/build/hrtext-first-steps")
if(NOT last_output MATCHES "Human Rights Watch\n2 organisations")
  message(FATAL_ERROR "the example of docs/getting-started.md printed:\n${last_output}")
endif()
message(STATUS "the consumer built against the installed hrtext and printed:\n${last_output}")
