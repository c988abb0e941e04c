#include "ui/desk/coverage/CoverageMapWidget.h"

#include "ui/common/LanguageManager.h"
#include "ui/common/CoverageText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ow {

namespace {
const QColor kCovered(0x2e, 0x9d, 0x57);
const QColor kUncovered(0xd9, 0x48, 0x3b);
const QColor kNoMatter(0x8a, 0x94, 0xa6);
const QColor kHall(0x1f, 0x4e, 0x9c);
const QColor kOtherHall(0x9a, 0xa3, 0xb2);
const QColor kWater(0xf4, 0xf7, 0xfb);
constexpr double kKmPerDegree = 2 * std::numbers::pi * TravelModel::kEarthRadiusKm / 360.0;
constexpr int kMargin = 36;

// The distance a ride covers within the promise, as the crow flies: the 15-minute ring.
double promiseRadiusKm()
{
    return (TravelModel::kPromiseMinutes - TravelModel::kRideStartMinutes) / 60.0 * TravelModel::kRideKmh
           / TravelModel::kDetourFactor;
}

// A hall's label on the map: its name without the bureau's words, so 江油市人社服务大厅 reads
// 江油市 — the map is small, the full name is in the tooltip.
QString shortName(const HallReach &h, const QString &language)
{
    QString name = h.name.in(language);
    for (const QString &cut : {QStringLiteral("人力资源和社会保障局"), QStringLiteral("人社服务大厅"), QStringLiteral(" HR & Social"),
                               QStringLiteral(" Municipal HR")}) {
        const qsizetype at = name.indexOf(cut);
        if (at > 0)
            name.truncate(at);
    }
    return name.trimmed();
}

double niceKm(double wanted)
{
    for (double km : {0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
        if (km >= wanted)
            return km;
    }
    return 200;
}
} // namespace

CoverageMapWidget::CoverageMapWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coverageMap"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CoverageMapWidget::setReport(const CoverageAnswer &report)
{
    m_report = report;
    update();
}

void CoverageMapWidget::setExtent(Extent extent)
{
    m_extent = extent;
    update();
}

bool CoverageMapWidget::framed(GeoPoint p) const
{
    if (m_extent == Extent::City)
        return true;
    for (const HallReach &h : m_report.halls) {
        if (h.level == OrgLevel::City)
            return TravelModel::distanceKm(h.at, p) <= kUrbanRadiusKm;
    }
    return true;
}

std::optional<OrgLevel> CoverageMapWidget::chosenLevel() const
{
    if (m_report.matters.size() != 1)
        return std::nullopt;
    return m_report.matters.first().lowestLevel;
}

int CoverageMapWidget::coveredPointCount() const
{
    int n = 0;
    for (const CoveragePoint &p : m_report.points)
        n += p.minutes && *p.minutes <= m_report.promiseMinutes ? 1 : 0;
    return n;
}

CoverageMapWidget::Frame CoverageMapWidget::frame() const
{
    Frame f;
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    const auto take = [&](GeoPoint p) {
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    };
    for (const HallReach &h : m_report.halls) {
        if (framed(h.at))
            take(h.at);
    }
    for (const CoveragePoint &p : m_report.points) {
        if (framed(p.point.at))
            take(p.point.at);
    }
    if (minLat > maxLat)
        return f;
    if (m_extent == Extent::Urban) {
        // Room for the 15-minute rings of the halls at the edge.
        const double pad = promiseRadiusKm() / kKmPerDegree;
        minLat -= pad;
        maxLat += pad;
        minLon -= pad;
        maxLon += pad;
    }
    f.lat0 = (minLat + maxLat) / 2;
    f.lon0 = (minLon + maxLon) / 2;
    f.cosLat = std::cos(f.lat0 * std::numbers::pi / 180.0);
    const double spanX = std::max((maxLon - minLon) * f.cosLat, 0.01);
    const double spanY = std::max(maxLat - minLat, 0.01);
    const double w = std::max(1, width() - 2 * kMargin);
    const double h = std::max(1, height() - 2 * kMargin - 20);
    f.pxPerDeg = std::min(w / spanX, h / spanY);
    f.centre = QPointF(width() / 2.0, kMargin + 10 + h / 2.0);
    return f;
}

QPointF CoverageMapWidget::project(GeoPoint p) const
{
    const Frame f = frame();
    return {f.centre.x() + (p.lon - f.lon0) * f.cosLat * f.pxPerDeg, f.centre.y() - (p.lat - f.lat0) * f.pxPerDeg};
}

void CoverageMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), kWater);
    p.setPen(QColor(0xd5, 0xdc, 0xe6));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_report.halls.isEmpty() && m_report.points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Loading the coverage report…"));
        return;
    }
    const Frame f = frame();
    p.setClipRect(rect().adjusted(1, 1, -1, -1));
    const auto chosen = chosenLevel();
    const QString lang = LanguageManager::current();
    const auto mayAccept = [&chosen](const HallReach &h) { return chosen && depthOf(h.level) <= depthOf(*chosen); };

    // The 15-minute reach of each hall that may accept the matter.
    const double ringPx = promiseRadiusKm() / kKmPerDegree * f.pxPerDeg;
    p.setPen(QPen(QColor(0x1f, 0x4e, 0x9c, 90), 1, Qt::DashLine));
    p.setBrush(QColor(0x1f, 0x4e, 0x9c, 18));
    for (const HallReach &h : m_report.halls) {
        if (mayAccept(h))
            p.drawEllipse(project(h.at), ringPx, ringPx);
    }

    // Community points: the area grows with the population.
    qint64 largest = 1;
    for (const CoveragePoint &cp : m_report.points)
        largest = std::max(largest, cp.point.population);
    for (const CoveragePoint &cp : m_report.points) {
        const double r = 2.5 + 8.0 * std::sqrt(double(cp.point.population) / double(largest));
        QColor c = !chosen ? kNoMatter : (cp.minutes && *cp.minutes <= m_report.promiseMinutes) ? kCovered : kUncovered;
        c.setAlpha(190);
        p.setPen(QPen(c.darker(130), 1));
        p.setBrush(c);
        p.drawEllipse(project(cp.point.at), r, r);
    }

    // Halls on top: the larger the level, the larger the mark; labels for the city and counties.
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    p.setFont(labelFont);
    QList<QRectF> labels;
    QStringList labelTexts;
    for (const HallReach &h : m_report.halls) {
        const QPointF at = project(h.at);
        const double s = h.level == OrgLevel::City ? 7 : h.level == OrgLevel::County ? 5.5 : 4;
        const QColor c = !chosen || mayAccept(h) ? kHall : kOtherHall;
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(c);
        QPainterPath diamond;
        diamond.moveTo(at.x(), at.y() - s);
        diamond.lineTo(at.x() + s, at.y());
        diamond.lineTo(at.x(), at.y() + s);
        diamond.lineTo(at.x() - s, at.y());
        diamond.closeSubpath();
        p.drawPath(diamond);
        if (h.level == OrgLevel::City || h.level == OrgLevel::County) {
            const QString label = shortName(h, lang);
            const QRectF box(at.x() + s + 3, at.y() - 9, p.fontMetrics().horizontalAdvance(label) + 2, 18);
            // The city hall comes first; a label that would cover one drawn already is left out
            // (the hall's name is in its tooltip).
            bool overlaps = false;
            for (const QRectF &other : labels)
                overlaps = overlaps || other.intersects(box);
            if (overlaps)
                continue;
            labels << box;
            labelTexts << label;
        }
    }
    // The labels last, on a light box, so no mark drawn after them hides one.
    for (qsizetype i = 0; i < labels.size(); ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 210));
        p.drawRoundedRect(labels.at(i).adjusted(-2, 0, 2, 0), 3, 3);
        p.setPen(QColor(0x22, 0x2b, 0x38));
        p.drawText(labels.at(i), Qt::AlignLeft | Qt::AlignVCenter, labelTexts.at(i));
    }

    // Title: the matter and its share, or what to do.
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(QColor(0x22, 0x2b, 0x38));
    const QString title = chosen ? tr("%1 — %2 of residents within 15 minutes")
                                       .arg(m_report.matters.first().name.in(lang), CoverageText::share(m_report.matters.first().share))
                                 : tr("Choose a matter to see who lives within 15 minutes of a hall that can handle it");
    p.drawText(QRect(12, 8, width() - 24, 22), Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(title, Qt::ElideRight, width() - 24));
    p.setFont(font());
    drawScaleBar(p, f);
    drawLegend(p);
}

void CoverageMapWidget::drawScaleBar(QPainter &p, const Frame &f)
{
    const double kmPerPx = kKmPerDegree / f.pxPerDeg;
    m_scaleKm = niceKm(kmPerPx * width() / 6.0);
    const double px = m_scaleKm / kmPerPx;
    const QPointF start(16, height() - 18);
    p.setPen(QPen(QColor(0x22, 0x2b, 0x38), 2));
    p.drawLine(start, start + QPointF(px, 0));
    p.drawLine(start + QPointF(0, -5), start + QPointF(0, 3));
    p.drawLine(start + QPointF(px, -5), start + QPointF(px, 3));
    p.drawText(QRectF(start.x(), start.y() - 22, px + 80, 16), Qt::AlignLeft | Qt::AlignBottom, CoverageText::distance(m_scaleKm));
}

void CoverageMapWidget::drawLegend(QPainter &p)
{
    struct Entry
    {
        QString text;
        QColor colour;
        bool diamond;
    };
    QList<Entry> entries;
    if (chosenLevel()) {
        entries = {{tr("Hall that can handle it"), kHall, true},
                   {tr("Hall that cannot"), kOtherHall, true},
                   {tr("Residents within 15 minutes"), kCovered, false},
                   {tr("Residents farther away"), kUncovered, false}};
    } else {
        entries = {{tr("Hall"), kHall, true}, {tr("Community (size: population)"), kNoMatter, false}};
    }
    const QFontMetrics fm(font());
    int textWidth = fm.horizontalAdvance(tr("15-minute reach by bus or car"));
    for (const Entry &e : entries)
        textWidth = std::max(textWidth, fm.horizontalAdvance(e.text));
    const int line = fm.height() + 4;
    const int rows = int(entries.size()) + (chosenLevel() ? 1 : 0);
    const QRect box(width() - textWidth - 44, 36, textWidth + 32, rows * line + 12);
    p.setPen(QColor(0xd5, 0xdc, 0xe6));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 4, 4);
    int y = box.top() + 6;
    for (const Entry &e : entries) {
        const QPointF mark(box.left() + 14, y + line / 2.0);
        p.setPen(QPen(e.diamond ? Qt::white : e.colour.darker(130), 1));
        p.setBrush(e.colour);
        if (e.diamond) {
            QPainterPath d;
            d.moveTo(mark.x(), mark.y() - 5);
            d.lineTo(mark.x() + 5, mark.y());
            d.lineTo(mark.x(), mark.y() + 5);
            d.lineTo(mark.x() - 5, mark.y());
            d.closeSubpath();
            p.drawPath(d);
        } else {
            p.drawEllipse(mark, 5, 5);
        }
        p.setPen(QColor(0x22, 0x2b, 0x38));
        p.drawText(QRect(box.left() + 26, y, textWidth + 4, line), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        y += line;
    }
    if (chosenLevel()) {
        const QPointF mark(box.left() + 14, y + line / 2.0);
        p.setPen(QPen(QColor(0x1f, 0x4e, 0x9c, 140), 1, Qt::DashLine));
        p.setBrush(QColor(0x1f, 0x4e, 0x9c, 30));
        p.drawEllipse(mark, 6, 6);
        p.setPen(QColor(0x22, 0x2b, 0x38));
        p.drawText(QRect(box.left() + 26, y, textWidth + 4, line), Qt::AlignLeft | Qt::AlignVCenter, tr("15-minute reach by bus or car"));
    }
}

bool CoverageMapWidget::event(QEvent *e)
{
    if (e->type() != QEvent::ToolTip)
        return QWidget::event(e);
    const QPoint at = static_cast<QHelpEvent *>(e)->pos();
    const QString lang = LanguageManager::current();
    for (const HallReach &h : m_report.halls) {
        if (QLineF(project(h.at), at).length() <= 7) {
            QToolTip::showText(static_cast<QHelpEvent *>(e)->globalPos(), h.name.in(lang), this);
            return true;
        }
    }
    for (const CoveragePoint &cp : m_report.points) {
        if (QLineF(project(cp.point.at), at).length() <= 8) {
            QString text = tr("%1, %2: %n resident(s)", nullptr, int(cp.point.population)).arg(cp.point.name, cp.point.district);
            if (cp.minutes)
                text += QLatin1Char('\n') + tr("nearest hall that can handle it: %1").arg(CoverageText::minutes(*cp.minutes));
            QToolTip::showText(static_cast<QHelpEvent *>(e)->globalPos(), text, this);
            return true;
        }
    }
    QToolTip::hideText();
    e->ignore();
    return true;
}

} // namespace ow
