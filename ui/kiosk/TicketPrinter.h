#pragma once

#include "core/domain/util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

class QPrinter;

namespace ow {

// What goes on one printed queue ticket (号票). Personal data is masked again when printed,
// whatever is put here, so an unmasked number can never reach paper.
struct TicketPrint
{
    QString hallName;
    QString number;          // e.g. E001
    QStringList matters;     // the matters' Chinese names
    QStringList mattersEn;   // English names, printed under them when the UI is in English
    QString priority;        // translated priority group, empty for none
    std::optional<int> peopleAhead;
    std::optional<int> waitMinutes;    // pessimistic estimate
    std::optional<int> waitMinMinutes; // optimistic estimate; printed as a range with the above
    QDateTime issuedAt;      // shown in local time
    QString statusLink;      // encoded in the QR code
    QString residentId;      // optional; printed masked only
};

// Prints queue tickets on an 80 mm receipt roll with QPainter: to a named printer, the system
// default printer, or as one PDF per ticket in a folder (tests, kiosks without a printer).
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ow::TicketPrinter)
public:
    enum class Mode { SystemDefault, NamedPrinter, PdfDirectory };

    // The default printer; when the system has none, PDFs in `fallbackDir`.
    static TicketPrinter systemDefault(const QString &fallbackDir);
    static TicketPrinter namedPrinter(const QString &name);
    static TicketPrinter pdfDirectory(const QString &dir);

    Mode mode() const { return m_mode; }
    // Prints one ticket. Answers where it went (printer name or PDF path), or an Error whose
    // detail is a translated sentence for the screen.
    Result<QString> print(const TicketPrint &ticket) const;

    // Writes the ticket as a one-page PDF receipt, 80 mm wide and as long as its content.
    static Status writePdf(const TicketPrint &ticket, const QString &path);
    // Sets the page size on `printer` and paints the ticket; `printer` must not be printing yet.
    static bool render(QPrinter &printer, const TicketPrint &ticket);

    static constexpr double kPaperWidthMm = 80.0;

private:
    TicketPrinter(Mode mode, QString target, QString fallbackDir);

    Mode m_mode;
    QString m_target;      // printer name or PDF folder
    QString m_fallbackDir; // PDFs when the system has no printer
};

} // namespace ow
