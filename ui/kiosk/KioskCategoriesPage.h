#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ow {

class ClientSession;
struct KioskChoices;

// The kiosk's start: one big button per category of the catalogue (with its queue letter), the
// way to the matters chosen so far, and the two other errands — an appointment's check-in and
// a case's status (办件查询).
class KioskCategoriesPage : public QWidget
{
    Q_OBJECT
public:
    KioskCategoriesPage(const ClientSession &session, const KioskChoices &choices, QWidget *parent = nullptr);

    void fill(); // from the catalogue, in the current language
    void showChoices(); // the bar to the matters chosen, if any
    void retranslate();

Q_SIGNALS:
    void categoryChosen(const QString &code);
    void chosenMattersWanted();
    void appointmentWanted();
    void caseStatusWanted();

private:
    const ClientSession &m_session;
    const KioskChoices &m_choices;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_selectedBar = nullptr;
    QPushButton *m_appointment = nullptr;
    QPushButton *m_caseStatus = nullptr;
};

} // namespace ow
