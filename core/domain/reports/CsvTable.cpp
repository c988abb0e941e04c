#include "core/domain/reports/CsvTable.h"

#include <QLocale>

namespace ow {

namespace {
QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString out = cell;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << quoted(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
} // namespace

QByteArray CsvTable::toUtf8() const
{
    QString text = line(m_header);
    for (const QStringList &row : m_rows)
        text += line(row);
    return QByteArray(kBom) + text.toUtf8();
}

QString CsvTable::number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QList<QStringList> CsvTable::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv.startsWith(kBom) ? csv.mid(3) : csv);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace ow
