#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ow {

class AdminClient;
class FormFeedback;
class HallComboBox;
class OpeningHoursEditor;

// Creates or edits a hall: code (new halls only), names in Chinese and English, level, parent
// hall, address, coordinates (WGS-84), time zone and opening hours. Checks as the administrator
// types (AdminRules); OK sends it and stays open with the server's reason if it refuses.
class HallForm : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the hall to edit; none: a new one below `defaultParent`.
    // `halls`: every hall the administrator manages (parents to choose; a new code must be unused).
    HallForm(AdminClient &admin, QList<AdminHall> halls, std::optional<AdminHall> existing, const QString &defaultParent,
             QWidget *parent = nullptr);

    AdminHall hall() const;
    // After the server accepted it: the hall as the server keeps it.
    const std::optional<AdminHall> &saved() const { return m_saved; }
    FormFeedback *feedback() const { return m_feedback; }

private:
    void validate();
    void submit();
    void onParentChanged();
    const AdminHall *known(const QString &code) const;
    // A coordinate as typed: nullopt when empty; `ok` false when it is not a number.
    static std::optional<double> coordinate(const QString &text, bool *ok);

    AdminClient &m_admin;
    QList<AdminHall> m_halls;
    std::optional<AdminHall> m_existing;
    std::optional<AdminHall> m_saved;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_level;
    HallComboBox *m_parent;
    QLineEdit *m_address;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QComboBox *m_timeZone;
    QCheckBox *m_training;
    OpeningHoursEditor *m_hours;
    QLabel *m_summary;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    FormFeedback *m_feedback;
};

} // namespace ow
