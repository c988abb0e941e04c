#pragma once

#include <QWidget>

class QLabel;

namespace ow {

class ClientSession;

// The first tab: who is logged in, at which hall, in which role, and the state of the data
// this computer works from (catalogue version, last sync, offline notice).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(ClientSession &session, QWidget *parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    ClientSession &m_session;
    QLabel *m_greeting;
    QLabel *m_details;
    QLabel *m_offline;
};

} // namespace ow
