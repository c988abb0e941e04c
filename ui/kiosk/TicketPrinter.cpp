#include "ui/kiosk/TicketPrinter.h"

#include "core/domain/util/Masking.h"
#include "ui/common/LanguageManager.h"
#include "ui/common/QrCode.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace ow {

namespace {

constexpr double kMarginMm = 4.0;  // inside the printable area of common 80 mm receipt printers
constexpr double kQrSideMm = 30.0; // scans reliably from a phone held at reading distance
constexpr double kMinHeightMm = 90.0;

QFont ticketFont(double points, bool bold = false)
{
    QFont f;
    // Simplified-Chinese glyph shapes first; fontconfig would otherwise pick any CJK face.
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei")});
    f.setPointSizeF(points);
    f.setBold(bold);
    // Unshaped text keeps each glyph mapped to its character in the PDF: shaped Latin runs of the
    // CJK face use digit glyphs that Qt leaves out of the ToUnicode map (pdftotext, search and
    // copy would lose the ticket number). Chinese and Latin text need no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// One piece of the receipt, laid out top to bottom.
struct Block
{
    enum class Kind { Text, Rule, Qr, Gap };
    Kind kind = Kind::Text;
    QString text;
    QFont font;
    int flags = Qt::AlignHCenter;
    double gapMm = 0; // for Gap
    double height = 0; // device pixels, measured
    bool shrinkToFit = false; // smaller type rather than a second line (down to kMinFitPoints)
    QString marker;           // "1." of a numbered line: wrapped lines align after it
};

constexpr double kMinFitPoints = 8.0;

QList<Block> blocksOf(const TicketPrint &t)
{
    using K = Block::Kind;
    const int wrap = Qt::TextWordWrap;
    QList<Block> b;
    auto text = [&b](const QString &s, const QFont &f, int flags) { b.append({K::Text, s, f, flags, 0, 0, false, {}}); };
    auto gap = [&b](double mm) { b.append({K::Gap, {}, {}, 0, mm, 0, false, {}}); };

    text(t.hallName, ticketFont(11, true), Qt::AlignHCenter | wrap);
    b.last().shrinkToFit = true; // a long hall name on one line, not one character left over
    gap(1.5);
    b.append({K::Rule, {}, {}, 0, 0, 0, false, {}});
    gap(2);
    text(TicketPrinter::tr("Your number"), ticketFont(10), Qt::AlignHCenter);
    text(t.number, ticketFont(56, true), Qt::AlignHCenter);
    if (!t.priority.isEmpty())
        text(TicketPrinter::tr("Priority: %1").arg(t.priority), ticketFont(11, true), Qt::AlignHCenter | wrap);
    gap(2);
    text(TicketPrinter::tr("Matters:"), ticketFont(9, true), Qt::AlignLeft);
    const bool english = LanguageManager::current() == QLatin1String("en");
    for (qsizetype i = 0; i < t.matters.size(); ++i) {
        const QString marker = QStringLiteral("%1.").arg(i + 1);
        text(t.matters.at(i), ticketFont(11), Qt::AlignLeft | wrap);
        b.last().marker = marker;
        if (english && i < t.mattersEn.size() && !t.mattersEn.at(i).isEmpty()) {
            text(t.mattersEn.at(i), ticketFont(8), Qt::AlignLeft | wrap);
            b.last().marker = QStringLiteral(" ");
        }
    }
    gap(1.5);
    b.append({K::Rule, {}, {}, 0, 0, 0, false, {}});
    gap(1.5);
    if (t.peopleAhead) {
        text(*t.peopleAhead == 0 ? TicketPrinter::tr("Nobody is waiting ahead of you.")
                                 : TicketPrinter::tr("%n people waiting ahead of you", nullptr, *t.peopleAhead),
             ticketFont(11, true), Qt::AlignLeft | wrap);
    }
    if (t.waitMinutes && t.peopleAhead && *t.peopleAhead > 0) {
        text(TicketPrinter::tr("Estimated wait: %1–%2 min (an estimate only)").arg(t.waitMinMinutes.value_or(*t.waitMinutes)).arg(*t.waitMinutes),
             ticketFont(9), Qt::AlignLeft | wrap);
    }
    if (!t.residentId.isEmpty())
        text(TicketPrinter::tr("ID number: %1").arg(mask(PersonalData::ResidentIdNumber, t.residentId)), ticketFont(9),
             Qt::AlignLeft | wrap);
    text(TicketPrinter::tr("Issued: %1").arg(t.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
         ticketFont(9), Qt::AlignLeft | wrap);
    if (!t.statusLink.isEmpty()) {
        gap(2);
        b.append({K::Qr, {}, {}, 0, 0, 0, false, {}});
        text(TicketPrinter::tr("Scan to follow your place in the queue"), ticketFont(8), Qt::AlignHCenter | wrap);
    }
    gap(2);
    text(TicketPrinter::tr("Please listen and watch for your number. Keep this ticket until you have been served."),
         ticketFont(8), Qt::AlignHCenter | wrap);
    return b;
}

// Room for a numbered line's marker: the widest of "9." in the block's font, plus a space.
double markerWidth(const Block &b, QPrinter &printer)
{
    if (b.marker.isEmpty())
        return 0;
    const QFontMetricsF fm(b.font, &printer);
    return fm.horizontalAdvance(QStringLiteral("9.")) + fm.horizontalAdvance(QLatin1Char(' '));
}

QString statusLinkWithId(const TicketPrint &t)
{
    if (t.residentId.isEmpty())
        return t.statusLink;
    return t.statusLink + QStringLiteral("?id=") + mask(PersonalData::ResidentIdNumber, t.residentId);
}

} // namespace

TicketPrinter::TicketPrinter(Mode mode, QString target, QString fallbackDir)
    : m_mode(mode), m_target(std::move(target)), m_fallbackDir(std::move(fallbackDir))
{}

TicketPrinter TicketPrinter::systemDefault(const QString &fallbackDir)
{
    return TicketPrinter(Mode::SystemDefault, {}, fallbackDir);
}

TicketPrinter TicketPrinter::namedPrinter(const QString &name)
{
    return TicketPrinter(Mode::NamedPrinter, name, {});
}

TicketPrinter TicketPrinter::pdfDirectory(const QString &dir)
{
    return TicketPrinter(Mode::PdfDirectory, dir, {});
}

bool TicketPrinter::render(QPrinter &printer, const TicketPrint &ticket)
{
    const double pxPerMm = printer.resolution() / 25.4;
    const double width = (kPaperWidthMm - 2 * kMarginMm) * pxPerMm;
    const QrCode qr = QrCode::encode(statusLinkWithId(ticket).toUtf8());

    QList<Block> blocks = blocksOf(ticket);
    double total = 0;
    for (Block &b : blocks) {
        switch (b.kind) {
        case Block::Kind::Text:
            while (b.shrinkToFit && b.font.pointSizeF() > kMinFitPoints
                   && QFontMetricsF(b.font, &printer).horizontalAdvance(b.text) > width)
                b.font.setPointSizeF(b.font.pointSizeF() - 0.5);
            b.height = QFontMetricsF(b.font, &printer)
                           .boundingRect(QRectF(0, 0, width - markerWidth(b, printer), 1e7), b.flags, b.text)
                           .height();
            break;
        case Block::Kind::Rule:
            b.height = 0.3 * pxPerMm;
            break;
        case Block::Kind::Qr:
            b.height = qr.isNull() ? 0 : (kQrSideMm + 1) * pxPerMm;
            break;
        case Block::Kind::Gap:
            b.height = b.gapMm * pxPerMm;
            break;
        }
        total += b.height;
    }
    // Extra paper at the end so the cutter does not cut through the last line.
    const double heightMm = std::max(kMinHeightMm, total / pxPerMm + 2 * kMarginMm + 6);

    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setPageSize(QPageSize(QSizeF(kPaperWidthMm, heightMm), QPageSize::Millimeter,
                                  QStringLiteral("OneWindow ticket 80mm"), QPageSize::ExactMatch));
    printer.setDocName(tr("Ticket %1").arg(ticket.number));

    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    painter.setPen(Qt::black);
    const double left = kMarginMm * pxPerMm;
    double y = kMarginMm * pxPerMm;
    for (const Block &b : std::as_const(blocks)) {
        switch (b.kind) {
        case Block::Kind::Text: {
            painter.setFont(b.font);
            const double indent = markerWidth(b, printer);
            if (!b.marker.trimmed().isEmpty())
                painter.drawText(QRectF(left, y, indent, b.height), Qt::AlignLeft | Qt::AlignTop, b.marker);
            painter.drawText(QRectF(left + indent, y, width - indent, b.height), b.flags, b.text);
            break;
        }
        case Block::Kind::Rule:
            painter.fillRect(QRectF(left, y, width, b.height), Qt::black);
            break;
        case Block::Kind::Qr:
            if (!qr.isNull()) {
                const double side = kQrSideMm * pxPerMm;
                qr.paint(painter, QRectF(left + (width - side) / 2, y, side, side), 2);
            }
            break;
        case Block::Kind::Gap:
            break;
        }
        y += b.height;
    }
    return painter.end();
}

Status TicketPrinter::writePdf(const TicketPrint &ticket, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setCreator(QStringLiteral("OneWindow kiosk"));
    if (!render(printer, ticket))
        return Error{ErrorCode::Internal, tr("The ticket could not be written to %1.").arg(QDir::toNativeSeparators(path)), {}};
    return okStatus();
}

Result<QString> TicketPrinter::print(const TicketPrint &ticket) const
{
    auto toPdf = [&ticket](const QString &dir) -> Result<QString> {
        if (!QDir().mkpath(dir))
            return Error{ErrorCode::Internal, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)), {}};
        // The number comes from the server; keep only what is safe in a file name.
        QString name;
        for (const QChar c : ticket.number)
            name += c.isLetterOrNumber() ? c : QLatin1Char('_');
        const QString path = QDir(dir).filePath((name.isEmpty() ? QStringLiteral("ticket") : name) + QStringLiteral(".pdf"));
        if (auto st = writePdf(ticket, path); !st)
            return st.error();
        return path;
    };
    auto toPrinter = [&ticket](const QPrinterInfo &info) -> Result<QString> {
        QPrinter printer(info, QPrinter::HighResolution);
        if (!printer.isValid() || !render(printer, ticket))
            return Error{ErrorCode::Unavailable, tr("The printer %1 is not ready.").arg(info.printerName()), {}};
        return info.printerName();
    };

    switch (m_mode) {
    case Mode::PdfDirectory:
        return toPdf(m_target);
    case Mode::NamedPrinter: {
        const QPrinterInfo info = QPrinterInfo::printerInfo(m_target);
        if (info.isNull())
            return Error{ErrorCode::Unavailable, tr("The printer %1 is not installed.").arg(m_target), {}};
        return toPrinter(info);
    }
    case Mode::SystemDefault: {
        const QPrinterInfo info = QPrinterInfo::defaultPrinter();
        if (info.isNull())
            return toPdf(m_fallbackDir);
        return toPrinter(info);
    }
    }
    return Error{ErrorCode::Internal, {}, {}};
}

} // namespace ow
