// The case documents a window prints, as PDF read back with pdftotext: the one-time notice
// lists every missing material; the receipt has the case number, the promised date and a QR
// code image; neither shows the applicant's ID number or name unmasked.
#include "ui/LanguageManager.h"
#include "ui/cases/CaseDocuments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed>").arg(program);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text without layout whitespace, in compatibility form (Noto CJK shares glyphs with the Kangxi
// radicals, which Qt's PDF writer may map back to).
QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

const QString kId = QStringLiteral("510703198001011232");

// OW_CASE_DOCS=DIR keeps a copy of each document, to look at.
void keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("OW_CASE_DOCS");
    if (!dir.isEmpty())
        QFile::copy(path, QDir(dir).filePath(QFileInfo(path).fileName()));
}

} // namespace

class TestCaseDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::apply(QStringLiteral("zh_CN")); } // the hall's language

    void theNoticeListsEverythingMissing()
    {
        QTemporaryDir dir;
        CaseNotice n;
        n.hallName = QStringLiteral("绵阳市人社局政务服务大厅");
        n.serviceName = QStringLiteral("基本养老保险关系转移");
        n.applicantName = QStringLiteral("张三丰");
        n.applicantId = kId;
        n.missing = {QStringLiteral("转移凭证"), QStringLiteral("户口簿")};
        n.day = QDate(2026, 11, 29);
        n.window = 5;
        const QString path = dir.filePath(QStringLiteral("notice.pdf"));
        QVERIFY(CaseDocuments::writeNoticePdf(n, path).ok());
        keep(path);
        const QString text = pdfText(path);
        for (const QString &m : n.missing)
            QVERIFY2(text.contains(m), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("一次性告知书")));
        QVERIFY(text.contains(QStringLiteral("基本养老保险关系转移")));
        QVERIFY(text.contains(QStringLiteral("2026-11-29")));
        QVERIFY2(!text.contains(kId) && !text.contains(QStringLiteral("张三丰")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("5107")) && text.contains(QStringLiteral("1232")));
    }

    void theReceiptCarriesNumberDateAndQr()
    {
        QTemporaryDir dir;
        CaseReceipt r;
        r.hallName = QStringLiteral("绵阳市人社局政务服务大厅");
        r.number = QStringLiteral("MY-CITY-20261129-0001");
        r.serviceName = QStringLiteral("基本养老保险关系转移");
        r.applicantName = QStringLiteral("张三丰");
        r.applicantId = kId;
        r.received = {QStringLiteral("身份证"), QStringLiteral("转移凭证")};
        r.acceptedDay = QDate(2026, 11, 29);
        r.dueDate = QDate(2026, 12, 18);
        r.pickupHall = QStringLiteral("绵阳市人社局政务服务大厅");
        r.statusLink = QStringLiteral("http://127.0.0.1:8460/api/v1/public/cases/MY-CITY-20261129-0001");
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(CaseDocuments::writeReceiptPdf(r, path).ok());
        keep(path);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(r.number), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("受理回执")) && text.contains(QStringLiteral("承诺办结日期")));
        QVERIFY(text.contains(QStringLiteral("2026-12-18")));
        QVERIFY(text.contains(QStringLiteral("转移凭证")));
        QVERIFY(!text.contains(kId) && !text.contains(QStringLiteral("张三丰")));
        // The QR code is in it as an image.
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        QVERIFY2(images.count(QLatin1Char('\n')) >= 3, qPrintable(images)); // two header lines and one image at least
        // A path that cannot be written is a clear error, not a crash.
        QVERIFY(!CaseDocuments::writeReceiptPdf(r, QStringLiteral("/proc/no-such-dir/r.pdf")).ok());
    }
};

QTEST_MAIN(TestCaseDocuments)
#include "tst_case_documents.moc"
