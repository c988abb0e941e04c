// The access log: one line per request in the shape Qt's message handler wrote, gathered and
// written a batch at a time (at once when the batch is large, else within a tenth of a second,
// and when the log ends), and nothing while the category's info level is off.
#include "server/AccessLog.h"

#include <QTest>

#include <cstdio>
#include <memory>

using namespace ow;

namespace {
struct FileCloser
{
    void operator()(std::FILE *f) const { std::fclose(f); }
};

QByteArray contents(std::FILE *f)
{
    std::fflush(f);
    std::rewind(f);
    QByteArray out;
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        out.append(buf, static_cast<qsizetype>(n));
    std::fseek(f, 0, SEEK_END);
    return out;
}
} // namespace

class TestAccessLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_file.reset(std::tmpfile());
        QVERIFY(m_file);
        QLoggingCategory::setFilterRules(QStringLiteral("ow.server.http.info=true"));
    }

    void linesWaitForTheirBatch()
    {
        AccessLog log(m_file.get());
        log.record(HttpMethod::Get, QStringLiteral("/health"), 200, 0);
        log.record(HttpMethod::Post, QStringLiteral("/api/v1/halls/MY-CITY/tickets"), 201, 3);
        QVERIFY(contents(m_file.get()).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(contents(m_file.get()),
                                  QByteArray("ow.server.http: GET /health 200 0ms\n"
                                             "ow.server.http: POST /api/v1/halls/MY-CITY/tickets 201 3ms\n"),
                                  2000);
    }

    void aLargeBatchIsWrittenAtOnce()
    {
        AccessLog log(m_file.get());
        const QString path = QStringLiteral("/api/v1/") + QString(200, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i)
            log.record(HttpMethod::Get, path, 404, 1);
        const QByteArray written = contents(m_file.get());
        QVERIFY(written.size() >= 32 * 1024);
        QVERIFY(written.endsWith("404 1ms\n"));
    }

    void whatIsGatheredIsWrittenWhenTheLogEnds()
    {
        {
            AccessLog log(m_file.get());
            log.record(HttpMethod::Delete, QStringLiteral("/api/v1/sessions/current"), 204, 1);
        }
        QCOMPARE(contents(m_file.get()), QByteArray("ow.server.http: DELETE /api/v1/sessions/current 204 1ms\n"));
    }

    void silentWhileTheCategoryIsOff()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("ow.server.http.info=false"));
        {
            AccessLog log(m_file.get());
            log.record(HttpMethod::Get, QStringLiteral("/health"), 200, 0);
        }
        QVERIFY(contents(m_file.get()).isEmpty());
    }

private:
    std::unique_ptr<std::FILE, FileCloser> m_file;
};

int main(int argc, char **argv)
{
    // The suite's environment turns the access log off for every test; this one turns it on and
    // off itself (QT_LOGGING_RULES would win over setFilterRules).
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestAccessLog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_access_log.moc"
