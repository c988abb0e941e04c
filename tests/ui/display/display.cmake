# Hall display tests. Included by tests/ui/CMakeLists.txt.
ow_add_test(tst_announcement_queue
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/display/tst_announcement_queue.cpp ${CMAKE_CURRENT_SOURCE_DIR}/display/FakeSpeaker.h
  LIBS ow_core LABELS core TIMEOUT 30)
ow_add_test(tst_recent_calls
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/display/tst_recent_calls.cpp
  LIBS ow_ui LABELS gui TIMEOUT 30)
ow_add_test(tst_display_board
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/display/tst_display_board.cpp ${CMAKE_CURRENT_SOURCE_DIR}/display/FakeSpeaker.h
  LIBS ow_ui Qt6::Widgets LABELS gui TIMEOUT 60)
ow_add_test(tst_display_feed
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/display/tst_display_feed.cpp
  LIBS ow_ui LABELS gui TIMEOUT 30)
