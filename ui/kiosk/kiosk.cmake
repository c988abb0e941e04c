# The ticket kiosk (取号机): included by ui/CMakeLists.txt into ow_ui.
target_sources(ow_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/KioskScreen.h ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/KioskScreen.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/TicketPrinter.h ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/TicketPrinter.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/QrCode.h ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/QrCode.cpp)
