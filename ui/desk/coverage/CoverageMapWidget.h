#pragma once

#include "core/domain/api/CoverageBodies.h"

#include <QWidget>

namespace ow {

// The coverage map, drawn here and nowhere else — no map tiles from the internet: the city's
// halls (filled when they may accept the chosen matter, with the 15-minute reach of a ride as a
// faint ring), its community points sized by population and coloured covered / not covered, a
// scale bar and a legend. Equirectangular projection about the middle latitude: at city scale
// (under 200 km) it is true to a few per cent.
class CoverageMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageMapWidget(QWidget *parent = nullptr);

    // What the map frames: the whole city, or the central urban area (every place within
    // kUrbanRadiusKm of the city hall), where the halls and communities are too close together
    // to tell apart at the scale of the whole city.
    enum class Extent { City, Urban };
    static constexpr double kUrbanRadiusKm = 12;
    void setExtent(Extent extent);
    Extent extent() const { return m_extent; }

    // The report to draw; its one matter (if it has exactly one) is the chosen matter.
    void setReport(const CoverageAnswer &report);
    const CoverageAnswer &report() const { return m_report; }
    // The points drawn as covered (minutes within the promise), for tests.
    int coveredPointCount() const;
    // The widget position of a place, for tests and tooltips.
    QPointF project(GeoPoint p) const;
    // The scale bar's length in km as last drawn.
    double scaleBarKm() const { return m_scaleKm; }

    QSize sizeHint() const override { return {640, 560}; }
    QSize minimumSizeHint() const override { return {360, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Frame
    {
        double lat0 = 0, lon0 = 0, cosLat = 1, pxPerDeg = 1;
        QPointF centre;
    };
    Frame frame() const;
    std::optional<OrgLevel> chosenLevel() const;
    void drawLegend(QPainter &p);
    void drawScaleBar(QPainter &p, const Frame &f);

    bool framed(GeoPoint p) const;

    CoverageAnswer m_report;
    Extent m_extent = Extent::City;
    double m_scaleKm = 0;
};

} // namespace ow
