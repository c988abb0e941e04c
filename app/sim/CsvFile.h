#pragma once

#include "app/sim/SimTypes.h"
#include "core/domain/util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow::sim {

// A small CSV file as the simulator's inputs are written: a header line naming the columns,
// then one record per line, fields separated by commas (no quoting: no field holds a comma;
// lists inside a field are separated by ";"). Blank lines and lines starting with "#" are
// skipped. Every problem names the file and the line, so a hall can fix its export.
class CsvFile
{
public:
    struct Row
    {
        int line = 0; // 1-based, as an editor shows it
        QStringList fields;
    };

    // Reads `path` and checks its header is exactly `columns` (the last ones may be left out on
    // a row, and are then empty).
    static Result<CsvFile> read(const QString &path, const QStringList &columns);
    static Result<CsvFile> parse(const QString &name, const QByteArray &text, const QStringList &columns);

    const QList<Row> &rows() const { return m_rows; }
    const QString &name() const { return m_name; }
    // "arrivals.csv line 7: …"
    Error problem(int line, const QString &what) const;
    // "HH:MM" or "HH:MM:SS" within one day.
    Result<DaySeconds> time(const Row &row, int column) const;
    static std::optional<DaySeconds> parseTime(const QString &text);

private:
    QString m_name;
    QStringList m_columns;
    QList<Row> m_rows;
};

} // namespace ow::sim
