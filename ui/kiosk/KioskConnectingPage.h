#pragma once

#include <QWidget>

class QLabel;

namespace ow {

// The kiosk's first page, until it is logged in and has the catalogue — or why it is not.
class KioskConnectingPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskConnectingPage(QWidget *parent = nullptr);
    void retranslate(bool loggedIn, const QString &loginError);

private:
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ow
