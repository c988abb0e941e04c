#pragma once

#include "core/domain/util/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

class QPrinter;

namespace ow {

// 一次性告知书: everything a citizen still has to bring for a matter, on one page, so that one
// more visit is the most it takes.
struct CaseNotice
{
    QString hallName;
    QString serviceName;
    QString applicantName;  // printed masked
    QString applicantId;    // printed masked
    QStringList missing;    // the missing materials' names
    QDate day;
    int window = 0;
};

// 受理回执: the case number, what was accepted, by when it will be done, where the result is
// collected, and a QR code of the public status link.
struct CaseReceipt
{
    QString hallName;
    QString number;
    QString serviceName;
    QString applicantName;  // printed masked
    QString applicantId;    // printed masked
    QStringList received;   // materials received
    QDate acceptedDay;
    QDate dueDate;          // invalid: no time limit
    QString pickupHall;
    QString statusLink;     // encoded in the QR code
};

// 不予受理通知书: why the window could not accept the application, with the citizen's rights.
struct CaseRefusal
{
    QString hallName;
    QString number;         // the refusal is recorded as a case too
    QString serviceName;
    QString applicantName;  // printed masked
    QString applicantId;    // printed masked
    QString reason;
    QDate day;
    int window = 0;
};

// Prints the case documents a window hands over, as A4 pages (a printer or a PDF file). Personal
// data is masked whatever is put in.
class CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ow::CaseDocuments)
public:
    static Status writeNoticePdf(const CaseNotice &notice, const QString &path);
    static Status writeReceiptPdf(const CaseReceipt &receipt, const QString &path);
    static Status writeRefusalPdf(const CaseRefusal &refusal, const QString &path);
    static void renderNotice(QPrinter &printer, const CaseNotice &notice);
    static void renderRefusal(QPrinter &printer, const CaseRefusal &refusal);
    static void renderReceipt(QPrinter &printer, const CaseReceipt &receipt);
};

} // namespace ow
