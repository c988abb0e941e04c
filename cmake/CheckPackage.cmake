# cmake -DBUILD_DIR=… -P CheckPackage.cmake: builds the .deb with CPack into a scratch folder and
# checks it holds the programs, the desktop entries and the systemd unit.
set(out "${BUILD_DIR}/package-check")
file(REMOVE_RECURSE "${out}")
execute_process(COMMAND cpack -G DEB -B "${out}" WORKING_DIRECTORY "${BUILD_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed:\n${log}")
endif()
file(GLOB debs "${out}/*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${out}, found ${n}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb -f ${debs} Package Depends OUTPUT_VARIABLE fields)
foreach(path
    ./usr/bin/onewindow ./usr/bin/onewindow-server ./usr/bin/onewindow-kiosk ./usr/bin/onewindow-display
    ./usr/share/applications/onewindow.desktop ./usr/share/applications/onewindow-kiosk.desktop
    ./usr/share/applications/onewindow-display.desktop
    ./usr/lib/systemd/system/onewindow-server.service ./etc/onewindow/server.conf)
  string(FIND "${contents}" " ${path}\n" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "${debs} lacks ${path}:\n${contents}")
  endif()
endforeach()
if(NOT fields MATCHES "libqt6core6")
  message(FATAL_ERROR "the package does not depend on the Qt libraries:\n${fields}")
endif()
file(REMOVE_RECURSE "${out}")
message(STATUS "${debs}: programs, desktop entries and systemd unit present")
