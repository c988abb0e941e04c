#include "ui/common/CoverageText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ow {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ow::CoverageText)
};
} // namespace

QString CoverageText::level(OrgLevel level)
{
    switch (level) {
    case OrgLevel::City:
        return Tr::tr("City hall");
    case OrgLevel::County:
        return Tr::tr("District / county hall");
    case OrgLevel::Township:
        return Tr::tr("Township / street centre");
    case OrgLevel::Community:
        return Tr::tr("Community service station");
    }
    return {};
}

QString CoverageText::distance(double km)
{
    const QLocale locale;
    if (km < 1)
        return Tr::tr("%1 m").arg(locale.toString(qRound(km * 1000 / 10.0) * 10));
    const bool whole = qFuzzyCompare(km, std::round(km));
    return Tr::tr("%1 km").arg(locale.toString(km, 'f', km < 10 && !whole ? 1 : 0));
}

QString CoverageText::minutes(double minutes)
{
    const int whole = std::max(1, qRound(minutes));
    if (whole < 60)
        return Tr::tr("about %n min", nullptr, whole);
    return Tr::tr("about %1 h %2 min").arg(whole / 60).arg(whole % 60);
}

QString CoverageText::share(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace ow
