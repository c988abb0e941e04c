#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class AdminClient;
class FormFeedback;
class HallComboBox;

// Adds a kiosk or a hall display: its code, kind, hall and login name. The server answers with
// the device's secret, which the page shows once.
class DeviceForm : public QDialog
{
    Q_OBJECT
public:
    // `known`: the devices listed (a new code and login name must be unused).
    DeviceForm(AdminClient &admin, QList<AdminHall> halls, QList<Device> known, const QString &defaultHall,
               QWidget *parent = nullptr);

    NewDeviceRequest device() const;
    const std::optional<DeviceWithSecret> &created() const { return m_created; }
    FormFeedback *feedback() const { return m_feedback; }

private:
    void validate();
    void submit();
    void suggestUsername();

    AdminClient &m_admin;
    QList<AdminHall> m_halls;
    QList<Device> m_known;
    std::optional<DeviceWithSecret> m_created;
    QLineEdit *m_code;
    QComboBox *m_kind;
    HallComboBox *m_hall;
    QLineEdit *m_username;
    bool m_usernameEdited = false;
    QLabel *m_summary;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    FormFeedback *m_feedback;
};

} // namespace ow
