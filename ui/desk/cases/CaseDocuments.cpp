#include "ui/desk/cases/CaseDocuments.h"

#include "core/domain/util/Masking.h"
#include "ui/common/QrCode.h"
#include "ui/desk/cases/DocumentOutput.h"

#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace ow {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding:4px 12px 4px 0; color:#333;'>%1</td><td style='padding:4px 0;'><b>%2</b></td></tr>")
        .arg(esc(label), esc(value));
}

QString page(const QString &hallName, const QString &title, const QString &body)
{
    return QStringLiteral("<html><body style='font-size:12pt;'>"
                          "<p align='center' style='font-size:11pt;'>%1</p>"
                          "<h1 align='center' style='font-size:20pt;'>%2</h1>%3</body></html>")
        .arg(esc(hallName), esc(title), body);
}

void print(QPrinter &printer, QTextDocument &doc, const QString &name)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    printer.setDocName(name);
    doc.print(&printer); // laid out on the printer's page in points, whatever its resolution
}

QString applicantLine(const QString &name, const QString &id)
{
    return mask(PersonalData::Name, name) + QStringLiteral("  ") + mask(PersonalData::ResidentIdNumber, id);
}

} // namespace

void CaseDocuments::renderNotice(QPrinter &printer, const CaseNotice &n)
{
    QString items;
    for (const QString &m : n.missing)
        items += QStringLiteral("<li style='margin:4px 0;'>%1</li>").arg(esc(m));
    const QString body =
        QStringLiteral("<table>%1%2%3</table>")
            .arg(row(tr("Applicant"), applicantLine(n.applicantName, n.applicantId)), row(tr("Matter"), n.serviceName),
                 row(tr("Date"), n.day.toString(Qt::ISODate)))
        + QStringLiteral("<p>%1</p><ol>%2</ol><p>%3</p>")
              .arg(esc(tr("To accept this matter we still need the following materials. This list is complete: "
                          "bring them and the matter will be accepted on your next visit.")),
                   items, esc(tr("Any window of any hall in the city can accept it. Window %1.").arg(n.window)));
    QTextDocument doc;
    doc.setHtml(page(n.hallName, tr("One-time notice"), body));
    print(printer, doc, tr("One-time notice"));
}

void CaseDocuments::renderReceipt(QPrinter &printer, const CaseReceipt &r)
{
    QTextDocument doc;
    const QrCode qr = QrCode::encode(r.statusLink.toUtf8());
    if (!qr.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr://status")), qr.toImage(8));
    QString rows = row(tr("Case number"), r.number) + row(tr("Matter"), r.serviceName)
                   + row(tr("Applicant"), applicantLine(r.applicantName, r.applicantId))
                   + row(tr("Accepted on"), r.acceptedDay.toString(Qt::ISODate));
    if (r.dueDate.isValid())
        rows += row(tr("Promised by"), r.dueDate.toString(Qt::ISODate));
    rows += row(tr("Collect at"), r.pickupHall) + row(tr("Materials received"), r.received.join(QStringLiteral("、")));
    const QString body = QStringLiteral("<table>%1</table><p>%2</p>%3")
                             .arg(rows, esc(tr("Scan the code, or look the case up with its number and the last four "
                                               "characters of the ID number, to see where it stands.")),
                                  qr.isNull() ? QString() : QStringLiteral("<p align='center'><img src='qr://status' width='160' height='160'></p>"));
    doc.setHtml(page(r.hallName, tr("Acceptance receipt"), body));
    print(printer, doc, tr("Acceptance receipt %1").arg(r.number));
}

void CaseDocuments::renderRefusal(QPrinter &printer, const CaseRefusal &r)
{
    const QString body =
        QStringLiteral("<table>%1%2%3%4</table>")
            .arg(row(tr("Case number"), r.number), row(tr("Applicant"), applicantLine(r.applicantName, r.applicantId)),
                 row(tr("Matter"), r.serviceName), row(tr("Date"), r.day.toString(Qt::ISODate)))
        + QStringLiteral("<p>%1</p><p style='margin-left:24px;'><b>%2</b></p><p>%3</p><p>%4</p>")
              .arg(esc(tr("Your application cannot be accepted, for this reason:")), esc(r.reason),
                   esc(tr("If you disagree, you may apply for administrative reconsideration within 60 days or bring an "
                          "administrative lawsuit within 6 months of receiving this notice.")),
                   esc(tr("Window %1. Ask at any window, or call 12333.").arg(r.window)));
    QTextDocument doc;
    doc.setHtml(page(r.hallName, tr("Notice of non-acceptance"), body));
    print(printer, doc, tr("Notice of non-acceptance"));
}

Status CaseDocuments::writeRefusalPdf(const CaseRefusal &refusal, const QString &path)
{
    return DocumentOutput::writePdf(path, [&refusal](QPrinter &p) { renderRefusal(p, refusal); });
}

Status CaseDocuments::writeNoticePdf(const CaseNotice &notice, const QString &path)
{
    return DocumentOutput::writePdf(path, [&notice](QPrinter &p) { renderNotice(p, notice); });
}

Status CaseDocuments::writeReceiptPdf(const CaseReceipt &receipt, const QString &path)
{
    return DocumentOutput::writePdf(path, [&receipt](QPrinter &p) { renderReceipt(p, receipt); });
}

} // namespace ow
