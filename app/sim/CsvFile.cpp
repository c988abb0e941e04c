#include "app/sim/CsvFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ow::sim {

Result<CsvFile> CsvFile::read(const QString &path, const QStringList &columns)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString()), {}};
    return parse(QFileInfo(path).fileName(), f.readAll(), columns);
}

Result<CsvFile> CsvFile::parse(const QString &name, const QByteArray &text, const QStringList &columns)
{
    CsvFile file;
    file.m_name = name;
    file.m_columns = columns;
    const QList<QByteArray> lines = text.split('\n');
    bool header = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1).trimmed(); // a spreadsheet's byte-order mark
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QLatin1Char(','));
        for (QString &field : fields)
            field = field.trimmed();
        if (!header) {
            if (fields != columns)
                return file.problem(i + 1, QStringLiteral("the header must be \"%1\", not \"%2\"")
                                               .arg(columns.join(QLatin1Char(',')), fields.join(QLatin1Char(','))));
            header = true;
            continue;
        }
        if (fields.size() > columns.size())
            return file.problem(i + 1, QStringLiteral("%1 fields, at most %2 expected (%3)")
                                           .arg(fields.size())
                                           .arg(columns.size())
                                           .arg(columns.join(QLatin1Char(','))));
        while (fields.size() < columns.size())
            fields.append(QString());
        file.m_rows.append({i + 1, fields});
    }
    if (!header)
        return file.problem(1, QStringLiteral("empty file: the header \"%1\" is missing").arg(columns.join(QLatin1Char(','))));
    return file;
}

Error CsvFile::problem(int line, const QString &what) const
{
    return Error{ErrorCode::ValidationFailed, QStringLiteral("%1 line %2: %3").arg(m_name).arg(line).arg(what), {}};
}

std::optional<DaySeconds> CsvFile::parseTime(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int sec = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (h > 23 || min > 59 || sec > 59)
        return std::nullopt;
    return h * 3600 + min * 60 + sec;
}

Result<DaySeconds> CsvFile::time(const Row &row, int column) const
{
    const QString text = row.fields.value(column);
    if (auto t = parseTime(text))
        return *t;
    return problem(row.line, QStringLiteral("%1 \"%2\" is not a time of day (HH:MM or HH:MM:SS)").arg(m_columns.value(column), text));
}

} // namespace ow::sim
