#include "ui/desk/performance/PerformanceText.h"

#include "ui/common/LanguageManager.h"

#include <QLocale>

#include <cmath>

namespace ow {

QString PerformanceText::duration(std::optional<double> seconds)
{
    if (!seconds)
        return dash();
    const qint64 s = std::llround(std::max(0.0, *seconds));
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s % 60 == 0)
        return tr("%1 min").arg(s / 60);
    return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QString PerformanceText::span(std::optional<double> seconds)
{
    if (!seconds || *seconds < 3600)
        return duration(seconds);
    const qint64 minutes = std::llround(*seconds / 60.0);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString PerformanceText::percent(std::optional<double> share)
{
    if (!share)
        return dash();
    return QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString PerformanceText::count(int n)
{
    return QLocale().toString(n);
}

QString PerformanceText::name(const LocalizedName &name)
{
    const QString &in = name.in(LanguageManager::current());
    return in.isEmpty() ? name.zh : in;
}

QString PerformanceText::window(const QString &key, const LocalizedName &label)
{
    if (key.isEmpty())
        return tr("Not at a window");
    const QString number = tr("Window %1").arg(key);
    const QString l = name(label);
    return l.isEmpty() || l == key ? number : tr("%1 (%2)").arg(number, l);
}

QString PerformanceText::teller(const QString &key, const LocalizedName &person)
{
    if (key.isEmpty())
        return tr("No teller");
    const QString n = name(person);
    return n.isEmpty() ? key : n;
}

QString PerformanceText::figure(TicketFigure figure)
{
    switch (figure) {
    case TicketFigure::Issued:
        return tr("Issued");
    case TicketFigure::Called:
        return tr("Called");
    case TicketFigure::Served:
        return tr("Served");
    case TicketFigure::NoShow:
        return tr("No-shows");
    case TicketFigure::Transferred:
        return tr("Transferred");
    case TicketFigure::Parked:
        return tr("Parked");
    case TicketFigure::WithinPromise:
        return tr("Called within the promise");
    case TicketFigure::BeyondPromise:
        return tr("Called beyond the promise");
    case TicketFigure::Rated:
        return tr("Rated");
    case TicketFigure::BadReviews:
        return tr("Bad reviews");
    }
    return {};
}

QString PerformanceText::rankBy(QueueRanking::By by)
{
    switch (by) {
    case QueueRanking::By::Satisfaction:
        return tr("Satisfaction");
    case QueueRanking::By::WithinPromise:
        return tr("Called within the promise");
    case QueueRanking::By::WaitMean:
        return tr("Mean wait");
    case QueueRanking::By::Served:
        return tr("Served");
    }
    return {};
}

QString PerformanceText::level(RatingLevel level)
{
    return ratingLevelText(level);
}

} // namespace ow
