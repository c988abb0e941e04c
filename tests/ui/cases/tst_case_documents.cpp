// The case documents a window prints, as PDF read back with pdftotext: the one-time notice
// lists every missing material; the receipt has the case number, the promised date and a QR
// code image; neither shows the applicant's ID number or name unmasked.
#include "ui/common/LanguageManager.h"
#include "tests/support/PdfText.h"
#include "ui/desk/cases/CaseDocuments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

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
        const QString text = test::pdfText(path);
        for (const QString &m : n.missing)
            QVERIFY2(text.contains(m), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("一次性告知书")));
        QVERIFY(text.contains(QStringLiteral("基本养老保险关系转移")));
        QVERIFY(text.contains(QStringLiteral("2026-11-29")));
        QVERIFY2(!text.contains(kId) && !text.contains(QStringLiteral("张三丰")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("5107")) && text.contains(QStringLiteral("1232")));
    }

    void theRefusalGivesTheReasonAndTheRemedies()
    {
        QTemporaryDir dir;
        CaseRefusal r;
        r.hallName = QStringLiteral("绵阳市人社局政务服务大厅");
        r.number = QStringLiteral("MY-CITY-20261129-0002");
        r.serviceName = QStringLiteral("基本养老保险关系转移");
        r.applicantName = QStringLiteral("张三丰");
        r.applicantId = kId;
        r.reason = QStringLiteral("申请人不在本市参保");
        r.day = QDate(2026, 11, 29);
        r.window = 3;
        const QString path = dir.filePath(QStringLiteral("refusal.pdf"));
        QVERIFY(CaseDocuments::writeRefusalPdf(r, path).ok());
        keep(path);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("不予受理通知书")), qPrintable(text));
        QVERIFY(text.contains(r.reason) && text.contains(r.number));
        QVERIFY(text.contains(QStringLiteral("行政复议")));
        QVERIFY(!text.contains(kId) && !text.contains(QStringLiteral("张三丰")));
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
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(r.number), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("受理回执")) && text.contains(QStringLiteral("承诺办结日期")));
        QVERIFY(text.contains(QStringLiteral("2026-12-18")));
        QVERIFY(text.contains(QStringLiteral("转移凭证")));
        QVERIFY(!text.contains(kId) && !text.contains(QStringLiteral("张三丰")));
        // The QR code is in it as an image.
        QVERIFY(test::pdfImageCount(path) >= 1);
        // A path that cannot be written is a clear error, not a crash.
        QVERIFY(!CaseDocuments::writeReceiptPdf(r, QStringLiteral("/proc/no-such-dir/r.pdf")).ok());
    }
};

QTEST_MAIN(TestCaseDocuments)
#include "tst_case_documents.moc"
