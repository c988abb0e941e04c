#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace ow {

// A table as CSV for spreadsheet programs (RFC 4180): UTF-8 with a byte order mark, so that a
// spreadsheet opened on a Chinese Windows reads 中文 as such; CRLF line ends; a cell quoted when
// it holds a comma, a quote or a line break (quotes doubled). Numbers are written as JSON would
// (shortest form, '.' as the decimal point); a figure with no value is an empty cell.
class CsvTable
{
public:
    static constexpr char kBom[] = "\xEF\xBB\xBF";

    explicit CsvTable(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    QByteArray toUtf8() const;

    static QString number(double value);
    static QString number(std::optional<double> value) { return value ? number(*value) : QString(); }
    // The rows of a CSV text (the header first), for those who read one back; a leading byte
    // order mark is skipped.
    static QList<QStringList> parse(const QByteArray &csv);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace ow
