#pragma once

#include "core/domain/util/Error.h"
#include "ui/kiosk/KioskRequests.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

class ClientSession;
class KioskKeypad;

// 办件查询: a case's state from its number (this hall's; the receipt shows it) and the last four
// characters of the applicant's ID number — the same public status the receipt's QR code opens,
// and nothing personal. A number and ID that do not match are told on the page (the same answer
// for an unknown number, so nothing can be guessed); other failures end in failed().
class KioskCaseStatusPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskCaseStatusPage(ClientSession &session, QWidget *parent = nullptr);

    // A new citizen: nothing typed, nothing shown.
    void start();
    void fill();
    void retranslate();
    bool isBusy() const { return m_busy; }
    // Forgets the lookup under way: its answer, when it comes, is ignored.
    void reset();

Q_SIGNALS:
    void failed(const ow::Error &error);

private:
    void type(QChar c);
    void erase(bool all);
    void lookUp();
    QString hallCode() const;

    static constexpr int kCaseDigits = 12; // a case number's day and sequence: yyyyMMdd + NNNN

    ClientSession &m_session;
    KioskRequests m_requests;
    QString m_digits; // yyyyMMdd + NNNN, as typed
    QString m_id4;    // last four characters of the ID number
    QString m_result;
    bool m_resultOk = false;
    bool m_busy = false;
    int m_generation = 0;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_display = nullptr;
    QLabel *m_answer = nullptr;
    KioskKeypad *m_keypad = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ow
