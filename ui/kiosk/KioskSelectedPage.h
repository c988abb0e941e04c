#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ow {

class ClientSession;
struct KioskChoices;

// The matters chosen for this visit (one ticket, several matters), each removable; from here
// the citizen adds another or goes on to the priority question. A matter this hall may not accept
// (事项下放: its lowest level is above the hall's) says where it can be done nearest (就近可办,
// GET /api/v1/org/halls/nearest?hall=…), before the citizen queues for nothing.
class KioskSelectedPage : public QWidget
{
    Q_OBJECT
public:
    KioskSelectedPage(ClientSession &session, const KioskChoices &choices, QWidget *parent = nullptr);

    void fill();
    void retranslate();

Q_SIGNALS:
    void matterRemoved(const QString &code);
    void addWanted();
    void nextWanted();

private:
    void showNearest(const QString &code, QLabel *where);

    ClientSession &m_session;
    const KioskChoices &m_choices;
    QLabel *m_title = nullptr;
    QVBoxLayout *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace ow
