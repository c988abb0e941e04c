#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ow::test {

// Runs a command-line tool (pdftotext, pdfimages from poppler-utils) and answers its output.
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("<%1 failed>").arg(program);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A PDF's text without layout whitespace, in compatibility form (Noto CJK shares glyphs with the
// Kangxi radicals, which Qt's PDF writer may map back to).
inline QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

// How many images the PDF holds (a receipt's QR code is one).
inline int pdfImageCount(const QString &path)
{
    const QString list = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    return std::max(0, int(list.count(QLatin1Char('\n'))) - 2); // two header lines
}

} // namespace ow::test
