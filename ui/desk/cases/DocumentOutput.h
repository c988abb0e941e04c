#pragma once

#include "core/domain/util/Error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPrinter;

namespace ow {

// Where a window's A4 documents go (one-time notices, receipts, refusals): the system's default
// printer, or — when there is none, and in tests — one PDF per document in a folder.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(ow::DocumentOutput)
public:
    using Render = std::function<void(QPrinter &)>;

    static DocumentOutput systemDefault(const QString &fallbackDir);
    static DocumentOutput pdfDirectory(const QString &dir);
    // The default printer when there is one, else PDFs in the user's documents folder.
    static DocumentOutput forThisComputer();

    // Prints one document. Answers where it went (printer name or PDF path) or a translated error.
    Result<QString> print(const QString &name, const Render &render) const;
    // One document as a PDF file at `path`.
    static Status writePdf(const QString &path, const Render &render);

private:
    DocumentOutput(bool usePrinter, QString dir) : m_usePrinter(usePrinter), m_dir(std::move(dir)) {}
    bool m_usePrinter;
    QString m_dir;
};

} // namespace ow
