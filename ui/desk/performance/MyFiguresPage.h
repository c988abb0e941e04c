#pragma once

#include "core/domain/api/ReportBodies.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class ClientSession;
class MyFiguresModel;
class ReportApi;

// A teller's own figures (我的绩效): today and this month, from ReportApi::mine — the
// served count, waits, handling, ratings and satisfaction, as the supervisor's reports count them.
// Loaded when shown and with myFiguresRefresh.
class MyFiguresPage : public QWidget
{
    Q_OBJECT
public:
    explicit MyFiguresPage(ClientSession &session, QWidget *parent = nullptr);
    ~MyFiguresPage() override;

    void reload();
    bool isLoading() const { return m_pending > 0; }
    const QueueReport &today() const { return m_today; }
    const QueueReport &month() const { return m_month; }
    MyFiguresModel *model() const { return m_model; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::optional<QDate> hallToday() const; // the service day at the teller's hall, once the halls are known
    void redraw();
    void retranslate();

    ClientSession &m_session;
    std::unique_ptr<ReportApi> m_api;
    QLabel *m_title;
    QList<QLabel *> m_cardValues;   // served today, handling today, served this month, satisfaction this month
    QList<QLabel *> m_cardCaptions;
    QChartView *m_ratings;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_table;
    MyFiguresModel *m_model;
    QueueReport m_today;
    QueueReport m_month;
    int m_pending = 0;
    int m_generation = 0;
    bool m_loadedOnce = false;
};

} // namespace ow
