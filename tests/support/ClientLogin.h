#pragma once

#include "ui/desk/ClientController.h"
#include "ui/desk/MainWindow.h"

#include <QSize>
#include <QTest>

#include <QString>
#include <QUrl>

namespace ow::test {

// The desktop client's options for a test: this server, this user, logged in at start.
inline ClientController::Options autoLogin(const QUrl &server, const QString &dataDir, const QString &username,
                                           const QString &password = QStringLiteral("demo1234"))
{
    ClientController::Options o;
    o.dataDir = dataDir;
    o.server = server.toString();
    o.username = username;
    o.password = password;
    o.autoLogin = true;
    return o;
}

// Starts the desktop client and waits (up to 20 s) for its main window, shown — `size` when given;
// nullptr when it does not come.
inline MainWindow *openMainWindow(ClientController &controller, QSize size = {})
{
    controller.start();
    if (!QTest::qWaitFor([&controller] { return controller.mainWindow() != nullptr; }, 20000))
        return nullptr;
    if (size.isValid())
        controller.mainWindow()->resize(size);
    controller.mainWindow()->show();
    return controller.mainWindow();
}

} // namespace ow::test
