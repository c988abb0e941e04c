#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QHostAddress>
#include <QString>

namespace ow {

// Everything the server is told at start, from the command line and/or --config FILE.
struct ServerConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8460; // 0 = pick a free port (tests)
    QString database;    // SQLite file path or postgresql:// URL
    QString dataDir;
    QString catalogueFile; // empty: the catalogue compiled into the program
    bool seedDemo = false;
    bool demoHistory = false; // with seedDemo: DemoHistory's weeks of past tickets
    qint64 maxBodyBytes = 1024 * 1024;
    int groupCommitMax = 64; // requests sharing one commit at most; 1 = every request commits alone
    qint64 tokenLifetimeSeconds = 12 * 3600;
    // Both set: HTTPS and WSS on the listen address with this PEM certificate (chain) and key.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    bool tls() const { return !tlsCertificateFile.isEmpty(); }
    int workOrderAnswerDays = 5; // working days a hall has to answer a routed 12333 complaint
    HallQueueConfig queue; // the halls' queue rules (promise, recalls, check-in window…)
};

} // namespace ow
