// TicketPrinter to PDF: an 80 mm receipt whose text (read back with pdftotext) has the hall,
// the number, the matters and the people ahead, and the resident ID number only masked.
#include "ui/common/LanguageManager.h"
#include "ui/kiosk/TicketPrinter.h"

#include <QDir>
#include <QFile>
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
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text compared in compatibility form (NFKC): Qt's PDF writer maps a glyph back to the first
// character that uses it, and Noto CJK shares glyphs between ideographs and the Kangxi radicals
// (人 comes back as ⼈ U+2F08), which NFKC folds back.
QString nfkc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

// pdftotext output without the spaces and line breaks that layout puts inside long names.
QString pdfText(const QString &path)
{
    return nfkc(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).remove(QRegularExpression(QStringLiteral("\\s"))));
}

TicketPrint sampleTicket()
{
    TicketPrint t;
    t.hallName = QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅");
    t.number = QStringLiteral("E007");
    t.matters = {QStringLiteral("社会保障卡应用状态查询"), QStringLiteral("社会保障卡启用（含社会保障卡银行账户激活）")};
    t.mattersEn = {QStringLiteral("Social security card status enquiry"), QStringLiteral("Activation")};
    t.priority = QStringLiteral("老年人");
    t.peopleAhead = 6;
    t.waitMinutes = 15;
    t.waitMinMinutes = 12;
    t.issuedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 15, 30));
    t.statusLink = QStringLiteral("http://127.0.0.1:8460/t/MY-CITY/2026-11-02/E007");
    t.residentId = QStringLiteral("11010519491231002X"); // deliberately unmasked: the printer must mask it
    return t;
}

} // namespace

class TestTicketPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::apply(QStringLiteral("zh_CN")); }

    void pdfHasTheTicketAndOnlyTheMaskedId()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const TicketPrinter printer = TicketPrinter::pdfDirectory(dir.filePath(QStringLiteral("tickets")));
        const Result<QString> printed = printer.print(sampleTicket());
        QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().detail));
        QCOMPARE(printed.value(), dir.filePath(QStringLiteral("tickets/E007.pdf")));

        // OW_KIOSK_SHOTS=DIR keeps the PDF, to look at the ticket.
        if (const QString keep = qEnvironmentVariable("OW_KIOSK_SHOTS"); !keep.isEmpty() && QDir().mkpath(keep)) {
            QFile::remove(QDir(keep).filePath(QStringLiteral("ticket-E007.pdf")));
            QFile::copy(printed.value(), QDir(keep).filePath(QStringLiteral("ticket-E007.pdf")));
        }

        QFile file(printed.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF-"));
        file.close();

        const QString text = pdfText(printed.value());
        QVERIFY2(text.contains(nfkc(QStringLiteral("E007"))), qPrintable(text));
        QVERIFY2(text.contains(nfkc(QStringLiteral("绵阳市人力资源和社会保障局政务服务大厅"))), qPrintable(text));
        QVERIFY2(text.contains(nfkc(QStringLiteral("社会保障卡应用状态查询"))), qPrintable(text));
        // Wrapped over two lines. (Not the whole name: 户 comes back as 戶, which shares its glyph
        // in the SC face and comes first in Unicode; NFKC does not fold that one.)
        QVERIFY2(text.contains(nfkc(QStringLiteral("2.社会保障卡启用（含社会保障卡银行账"))), qPrintable(text));
        QVERIFY2(text.contains(nfkc(QStringLiteral("老年人"))), qPrintable(text));
        QVERIFY2(text.contains(nfkc(QStringLiteral("1101**********002X"))), qPrintable(text));
        QVERIFY2(!text.contains(nfkc(QStringLiteral("11010519491231002X"))), "the unmasked ID number reached the ticket");
        QVERIFY2(!text.contains(nfkc(QStringLiteral("19491231"))), "the birth date reached the ticket");
        QVERIFY2(text.contains(nfkc(QStringLiteral("2026-11-0209:15:30"))), qPrintable(text));
        // The server's estimate, printed as a range (the dash comes back from the PDF as a figure dash).
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("12[\\x{2012}\\x{2013}-]15"))), qPrintable(text));
        const QString ahead = TicketPrinter::tr("%n people waiting ahead of you", nullptr, 6).remove(QLatin1Char(' '));
        QVERIFY2(text.contains(nfkc(ahead)), qPrintable(text));

        // One page, 80 mm (226.8 pt) wide, taller than wide: a receipt, not an A4 sheet.
        const QString info = run(QStringLiteral("pdfinfo"), {printed.value()});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
        QVERIFY2(size.hasMatch(), qPrintable(info));
        QVERIFY(qAbs(size.captured(1).toDouble() - 80 / 25.4 * 72) < 1.0);
        QVERIFY(size.captured(2).toDouble() > size.captured(1).toDouble());
    }

    void withoutIdOrQueueFigures()
    {
        QTemporaryDir dir;
        TicketPrint t = sampleTicket();
        t.residentId.clear();
        t.peopleAhead.reset();
        t.waitMinutes.reset();
        t.priority.clear();
        const QString path = dir.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(TicketPrinter::writePdf(t, path));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(nfkc(QStringLiteral("E007"))), qPrintable(text));
        QVERIFY(!text.contains(nfkc(QStringLiteral("**"))));
        QVERIFY(!text.contains(nfkc(QStringLiteral("老年人"))));
        QVERIFY(!text.contains(nfkc(TicketPrinter::tr("%n people waiting ahead of you", nullptr, 6).remove(QLatin1Char(' ')))));
    }

    void unwritableFolderIsAnError()
    {
        const TicketPrinter printer = TicketPrinter::pdfDirectory(QStringLiteral("/proc/no-such-dir/tickets"));
        const Result<QString> printed = printer.print(sampleTicket());
        QVERIFY(!printed);
        QVERIFY(!printed.error().detail.isEmpty());
    }
};

QTEST_MAIN(TestTicketPrinter)
#include "tst_ticket_printer.moc"
