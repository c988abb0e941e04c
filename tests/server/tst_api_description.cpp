// docs/api/openapi.yaml must stay true: every route the server answers is described there, and
// every operation described there is a route of the server (the WebSocket upgrade at
// /api/v1/events is described as a GET but handled by the event hub, not the router).
#include "server/ServerApp.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestApiDescription : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRouteIsDescribedAndEveryDescriptionRouted()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.host = QHostAddress::LocalHost;
        config.port = 0;
        config.database = dir.filePath(QStringLiteral("routes.sqlite"));
        ServerApp app(config);
        auto port = app.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().detail));
        const QStringList routes = app.routeTable();
        QVERIFY(routes.size() > 20);

        QFile yaml(QStringLiteral(OW_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        const QRegularExpression pathLine(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
        const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
        QSet<QString> described;
        QString path;
        bool inPaths = false;
        for (const QString &line : QString::fromUtf8(yaml.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
                inPaths = line.startsWith(QLatin1String("paths:"));
            if (!inPaths)
                continue;
            if (const auto m = pathLine.match(line); m.hasMatch())
                path = m.captured(1);
            else if (const auto mm = methodLine.match(line); mm.hasMatch() && !path.isEmpty())
                described.insert(mm.captured(1).toUpper() + QLatin1Char(' ') + path);
        }
        const QSet<QString> routed(routes.begin(), routes.end());
        QStringList undocumented = QStringList(routed.begin(), routed.end());
        undocumented.erase(std::remove_if(undocumented.begin(), undocumented.end(),
                                          [&](const QString &r) { return described.contains(r); }),
                           undocumented.end());
        QStringList unrouted = QStringList(described.begin(), described.end());
        unrouted.erase(std::remove_if(unrouted.begin(), unrouted.end(),
                                      [&](const QString &r) {
                                          return routed.contains(r) || r == QLatin1String("GET /api/v1/events");
                                      }),
                       unrouted.end());
        undocumented.sort();
        unrouted.sort();
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("not in openapi.yaml: ") + undocumented.join(QStringLiteral(", "))));
        QVERIFY2(unrouted.isEmpty(), qPrintable(QStringLiteral("described but not served: ") + unrouted.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestApiDescription)
#include "tst_api_description.moc"
