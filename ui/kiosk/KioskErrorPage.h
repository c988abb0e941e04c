#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ow {

struct Error;

// When the server could not give the ticket (or answer at all): why, in words for the citizen,
// and the ways on — try again, or start over.
class KioskErrorPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskErrorPage(QWidget *parent = nullptr);

    // The sentence for `error`; for an expired session also sessionExpired().
    void showError(const Error &error);
    void retranslate();

Q_SIGNALS:
    void retryWanted();
    void startOverWanted();
    void sessionExpired();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_startOver = nullptr;
};

} // namespace ow
