# Ticket kiosk tests. Included by tests/ui/CMakeLists.txt.
ow_add_test(tst_qr_code
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/tst_qr_code.cpp
  LIBS ow_ui Qt6::Gui PkgConfig::QRENCODE LABELS gui TIMEOUT 30)
ow_add_test(tst_ticket_printer
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/tst_ticket_printer.cpp
  LIBS ow_ui Qt6::Widgets Qt6::PrintSupport LABELS gui TIMEOUT 30)
ow_add_test(tst_kiosk_screen
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/kiosk/tst_kiosk_screen.cpp
  LIBS ow_ui Qt6::Widgets Qt6::PrintSupport LABELS gui TIMEOUT 60)
