#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ow {

class ClientSession;
class TellerDesk;

// 对客屏: the second screen facing the citizen. Shows who serves them (name, staff number,
// photo), the ticket and matters in progress, and after each finished ticket the five rating
// levels of GB/T 39735 — one rating per matter, sent to the server as the citizen taps.
class CitizenScreen : public QWidget
{
    Q_OBJECT
public:
    CitizenScreen(ClientSession &session, TellerDesk &desk, QWidget *parent = nullptr);
    // On the second screen when there is one, else a window beside the main one.
    void placeOnSecondScreen();

Q_SIGNALS:
    void rated(const QString &ticketNumber, const QString &service, const QString &level);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void askRating(const Ticket &ticket);
    void askNextMatter();
    void rate(int level);
    QString serviceName(const QString &code) const;

    ClientSession &m_session;
    TellerDesk &m_desk;
    QLabel *m_photo;
    QLabel *m_teller;
    QStackedWidget *m_pages;
    QLabel *m_serving;
    QLabel *m_question;
    QLabel *m_thanks;
    QList<QPushButton *> m_levels;
    std::optional<Ticket> m_rating; // the finished ticket being rated
    qsizetype m_matterIndex = 0;
};

} // namespace ow
