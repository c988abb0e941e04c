#pragma once

#include <QWidget>

class QLabel;

namespace ow {

class HallTodayFigures;

// The live screen's strip of the hall's figures today: 今日已办 (served), 平均等候 (mean wait),
// 承诺内叫号率 (share called within the promise), 满意率 (satisfaction) — each a caption over its
// value, redrawn whenever HallTodayFigures has a new answer.
class TodayFiguresStrip : public QWidget
{
    Q_OBJECT
public:
    explicit TodayFiguresStrip(HallTodayFigures &figures, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void redraw();

    HallTodayFigures &m_figures;
    QLabel *m_servedCaption;
    QLabel *m_waitCaption;
    QLabel *m_promiseCaption;
    QLabel *m_satisfactionCaption;
    QLabel *m_served;
    QLabel *m_wait;
    QLabel *m_promise;
    QLabel *m_satisfaction;
};

} // namespace ow
