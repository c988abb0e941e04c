#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/queue/RatingLevel.h"
#include "core/domain/reports/QueueRanking.h"
#include "core/domain/reports/TicketFigure.h"

#include <QCoreApplication>

#include <optional>

namespace ow {

// The words and number formats of the performance screens (绩效, 我的绩效), in the current
// language: durations as minutes and seconds, shares as percentages, "—" for a figure of nothing.
class PerformanceText
{
    Q_DECLARE_TR_FUNCTIONS(ow::PerformanceText)
public:
    static QString dash() { return QStringLiteral("—"); }
    // 12分30秒 / 12 min 30 s; "—" for none.
    static QString duration(std::optional<double> seconds);
    // A longer time: 8小时10分 / 8 h 10 min; under an hour as duration(); "—" for none.
    static QString span(std::optional<double> seconds);
    // 83.3%; "—" for none.
    static QString percent(std::optional<double> share);
    static QString count(int n);
    // The hall's, window's, person's name in the current language (English falls back to Chinese).
    static QString name(const LocalizedName &name);
    // A window row: "3号窗口" (with its label when it has one); "" for tickets never at a window.
    static QString window(const QString &key, const LocalizedName &label);
    // A teller row: their name, else their user name; "" for tickets no teller took.
    static QString teller(const QString &key, const LocalizedName &name);
    static QString figure(TicketFigure figure);
    static QString rankBy(QueueRanking::By by);
    static QString level(RatingLevel level);
};

} // namespace ow
