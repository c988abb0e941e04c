#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class AdminClient;
class ClientSession;
class DeviceTableModel;
struct Device;

// The administrator's devices: the kiosks and hall displays of the halls they manage; add one
// (its secret shown once), or give one a new secret (the old one stops working at once).
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    DevicesPage(ClientSession &session, AdminClient &admin, QWidget *parent = nullptr);

    DeviceTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    const Device *selected() const;
    void addDevice();
    void rotateSecret();
    void say(const QString &text, bool problem = false);

    ClientSession &m_session;
    AdminClient &m_admin;
    DeviceTableModel *m_model;
    QTableView *m_table;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_rotate;
    QLabel *m_message;
};

} // namespace ow
