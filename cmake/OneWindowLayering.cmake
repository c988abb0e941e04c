# The one statement of OneWindow's layering (docs/architecture.md shows the same table).
# Read by the configure step (to write the link graph) and by cmake/CheckLayering.cmake (the
# layering_* tests). Change the architecture here, and nowhere else.
#
#   app mains ──► desk ui (+ its administration screens, ui/admin) · kiosk ui · display ui ──► ui common ──► client ──┐
#   app server main ──► server edge ──► service (server side) ────────────────┼──► sql ──► domain
#
# Folders, each with the folders its files may include from (itself always allowed).
set(OW_LAYER_FOLDERS
  "core/domain="
  "core/sql=core/domain"
  "core/service=core/sql core/domain"
  "core/client=core/sql core/domain"
  "server=core/service core/sql core/domain"
  "ui/common=core/client core/domain"
  "ui/admin=ui/common core/client core/domain"
  "ui/desk=ui/admin ui/common core/client core/domain"
  "ui/kiosk=ui/common core/client core/domain"
  "ui/display=ui/common core/client core/domain"
  "app/server=server core/service core/sql core/domain"
  "app/client=ui/desk ui/common core/client core/domain"
  "app/kiosk=ui/kiosk ui/common core/client core/domain"
  "app/display=ui/display ui/common core/client core/domain"
  "app/sim=core/service core/sql core/domain")

# Qt headers a folder may not include (prefixes of <...>).
set(OW_GUI_HEADERS "QtGui" "QtWidgets" "QWidget" "QApplication" "QGuiApplication" "QPainter" "QPixmap"
    "QImage" "QIcon" "QColor" "QFont")
set(OW_LAYER_FORBIDDEN_HEADERS
  "core/domain=QtSql QSql QtNetwork QNetwork QTcp QUdp QHostAddress QWebSocket ${OW_GUI_HEADERS}"
  "core/sql=QtNetwork QNetwork QWebSocket ${OW_GUI_HEADERS}"
  "core/service=QtNetwork QNetwork QWebSocket ${OW_GUI_HEADERS}"
  "core/client=${OW_GUI_HEADERS}"
  "server=${OW_GUI_HEADERS}"
  "app/sim=QtNetwork QNetwork QWebSocket ${OW_GUI_HEADERS}")

# Targets, each with the project libraries it may link directly. Programs are checked on their
# whole (transitive) link closure too, below.
set(OW_LAYER_TARGETS
  "ow_domain=ow_resources ow_translations"
  "ow_sql=ow_domain"
  "ow_service=ow_domain ow_sql"
  "ow_client=ow_domain ow_sql"
  "ow_server=ow_service"
  "ow_ui_common=ow_client"
  "ow_desk_ui=ow_ui_common"
  "ow_kiosk_ui=ow_ui_common"
  "ow_display_ui=ow_ui_common"
  "onewindow-server=ow_server"
  "onewindow=ow_desk_ui"
  "onewindow-kiosk=ow_kiosk_ui"
  "onewindow-display=ow_display_ui"
  "ow_sim=ow_service"
  "onewindow-sim=ow_sim")

# What may never be in a target's link closure.
set(OW_LAYER_NEVER_LINKED
  "ow_domain=Qt6::Sql Qt6::Network Qt6::WebSockets Qt6::Gui Qt6::Widgets"
  "ow_service=ow_client Qt6::Network Qt6::Gui Qt6::Widgets"
  "ow_client=ow_service ow_server Qt6::Gui Qt6::Widgets"
  "onewindow-server=ow_client ow_ui_common ow_desk_ui ow_kiosk_ui ow_display_ui Qt6::Gui Qt6::Widgets"
  "onewindow=ow_service ow_server"
  "onewindow-kiosk=ow_service ow_server"
  "onewindow-display=ow_service ow_server"
  "onewindow-sim=ow_client ow_server ow_ui_common ow_desk_ui ow_kiosk_ui ow_display_ui Qt6::Gui Qt6::Widgets")

# Configure step: writes each target's direct link libraries to layering/link-graph.txt.
function(ow_write_link_graph)
  set(content "")
  foreach(entry IN LISTS OW_LAYER_TARGETS)
    string(REGEX REPLACE "=.*" "" target "${entry}")
    string(APPEND content "${target}=$<JOIN:$<TARGET_PROPERTY:${target},LINK_LIBRARIES>, >\n")
  endforeach()
  file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/layering/link-graph.txt CONTENT "${content}")
endfunction()
