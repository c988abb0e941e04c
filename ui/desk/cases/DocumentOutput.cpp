#include "ui/desk/cases/DocumentOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>

namespace ow {

DocumentOutput DocumentOutput::systemDefault(const QString &fallbackDir)
{
    return DocumentOutput(true, fallbackDir);
}

DocumentOutput DocumentOutput::pdfDirectory(const QString &dir)
{
    return DocumentOutput(false, dir);
}

DocumentOutput DocumentOutput::forThisComputer()
{
    return systemDefault(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("OneWindow")));
}

Result<QString> DocumentOutput::print(const QString &name, const Render &render) const
{
    if (m_usePrinter) {
        const QPrinterInfo info = QPrinterInfo::defaultPrinter();
        if (!info.isNull()) {
            QPrinter printer(info, QPrinter::HighResolution);
            if (!printer.isValid())
                return Error{ErrorCode::Unavailable, tr("The printer %1 is not ready.").arg(info.printerName()), {}};
            render(printer);
            return info.printerName();
        }
    }
    if (!QDir().mkpath(m_dir))
        return Error{ErrorCode::Internal, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_dir)), {}};
    QString safe; // case numbers and matter codes come from the server: keep what is safe in a file name
    for (const QChar c : name)
        safe += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_');
    const QString path = QDir(m_dir).filePath(safe + QStringLiteral(".pdf"));
    if (auto st = writePdf(path, render); !st)
        return st.error();
    return path;
}

Status DocumentOutput::writePdf(const QString &path, const Render &render)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    render(printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error{ErrorCode::Unavailable, tr("The document could not be written to %1.").arg(QDir::toNativeSeparators(path)), {}};
    return okStatus();
}

} // namespace ow
