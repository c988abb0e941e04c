# The hall display (叫号屏): board, live feed, recent calls, speech. Included by ui/CMakeLists.txt.
target_sources(ow_ui PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/display/RecentCalls.h ${CMAKE_CURRENT_SOURCE_DIR}/display/RecentCalls.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/display/DisplayFeed.h ${CMAKE_CURRENT_SOURCE_DIR}/display/DisplayFeed.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/display/QtSpeaker.h ${CMAKE_CURRENT_SOURCE_DIR}/display/QtSpeaker.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/display/MarqueeLabel.h ${CMAKE_CURRENT_SOURCE_DIR}/display/MarqueeLabel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/display/DisplayBoard.h ${CMAKE_CURRENT_SOURCE_DIR}/display/DisplayBoard.cpp)
