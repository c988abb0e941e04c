# The hall display's voice-calling rule (叫号播报), QtCore only.
target_sources(ow_core PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/queue/AnnouncementQueue.h
  ${CMAKE_CURRENT_SOURCE_DIR}/queue/AnnouncementQueue.cpp)
