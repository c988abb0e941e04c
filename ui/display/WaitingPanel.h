#pragma once

#include <QFrame>
#include <QHash>
#include <QMap>

class QGridLayout;
class QLabel;

namespace ow {

// The hall display's bottom band: how many wait in all, and a chip per ticket prefix with its
// category, its count and, when known, the wait a newcomer may expect.
class WaitingPanel : public QFrame
{
    Q_OBJECT
public:
    explicit WaitingPanel(QWidget *parent = nullptr);

    // The names of the ticket prefixes in the current language.
    void setCategoryNames(QHash<QString, QString> names) { m_categoryNames = std::move(names); }
    // Per prefix: the count, and the (optimistic, pessimistic) minutes where known.
    void showCounts(const QMap<QString, int> &waiting, int total, const QMap<QString, QPair<int, int>> &waits);
    // Fonts and spacing for the board's scale (1 on a 1920×1080 screen).
    void setScale(double scale);
    void retranslate();

private:
    int px(double basePixels) const;
    void scaleChips();

    QHash<QString, QString> m_categoryNames;
    double m_scale = 1.0;
    QLabel *m_title;
    QLabel *m_total;
    QWidget *m_chips;
    QGridLayout *m_chipGrid;
};

} // namespace ow
