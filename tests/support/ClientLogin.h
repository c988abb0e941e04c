#pragma once

#include "ui/desk/ClientController.h"

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

} // namespace ow::test
