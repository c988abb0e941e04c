#include "app/sim/WaitChartSvg.h"

#include <algorithm>

namespace ow::sim {

namespace {

constexpr int kWidth = 900;
constexpr int kHeight = 360;
constexpr int kLeft = 50, kRight = 20, kTop = 40, kBottom = 40;

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray WaitChartSvg::draw(const SimResult &r, const QString &title)
{
    DaySeconds from = 8 * 3600, to = 18 * 3600;
    int top = 10;
    if (!r.waiting.isEmpty()) {
        from = std::min(from, r.waiting.first().at / 3600 * 3600);
        to = std::max(to, (r.waiting.last().at / 3600 + 1) * 3600);
    }
    for (const WaitingPoint &p : r.waiting)
        top = std::max({top, p.waiting, p.open});
    top = (top + 9) / 10 * 10;
    const double w = kWidth - kLeft - kRight, h = kHeight - kTop - kBottom;
    auto x = [&](DaySeconds s) { return kLeft + w * (s - from) / double(to - from); };
    auto y = [&](int v) { return kTop + h - h * v / double(top); };

    QString svg;
    svg += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "font-family=\"sans-serif\" font-size=\"12\">\n")
               .arg(kWidth)
               .arg(kHeight);
    svg += QStringLiteral("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg += QStringLiteral("<text x=\"%1\" y=\"22\" font-size=\"15\">%2</text>\n").arg(kLeft).arg(escaped(title));
    for (int v = 0; v <= top; v += std::max(1, top / 5)) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#e0e0e0\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>\n")
                   .arg(kLeft)
                   .arg(num(y(v)))
                   .arg(kWidth - kRight)
                   .arg(kLeft - 6)
                   .arg(num(y(v) + 4))
                   .arg(v);
    }
    for (DaySeconds s = from; s <= to; s += 3600) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e0e0e0\"/>"
                              "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>\n")
                   .arg(num(x(s)))
                   .arg(kTop)
                   .arg(num(kTop + h))
                   .arg(kHeight - kBottom + 16)
                   .arg(clockText(s));
    }
    auto steps = [&](auto value) {
        QString points;
        for (qsizetype i = 0; i < r.waiting.size(); ++i) {
            const WaitingPoint &p = r.waiting.at(i);
            if (i > 0)
                points += QStringLiteral("%1,%2 ").arg(num(x(p.at)), num(y(value(r.waiting.at(i - 1)))));
            points += QStringLiteral("%1,%2 ").arg(num(x(p.at)), num(y(value(p))));
        }
        return points.trimmed();
    };
    svg += QStringLiteral("<polyline fill=\"none\" stroke=\"#9e9e9e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\" points=\"%1\"/>\n")
               .arg(steps([](const WaitingPoint &p) { return p.open; }));
    svg += QStringLiteral("<polyline fill=\"none\" stroke=\"#c62828\" stroke-width=\"1.5\" points=\"%1\"/>\n")
               .arg(steps([](const WaitingPoint &p) { return p.waiting; }));
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#c62828\">waiting tickets</text>"
                          "<text x=\"%3\" y=\"%2\" fill=\"#757575\">open windows (dashed)</text>\n")
               .arg(kLeft + 10)
               .arg(kTop + 14)
               .arg(kLeft + 130);
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

} // namespace ow::sim
