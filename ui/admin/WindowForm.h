#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ow {

class AdminClient;
class Catalogue;
class FormFeedback;

// Adds a window to a hall or edits one: number (new windows only), label, kind (comprehensive:
// every matter; dedicated: the ticked categories), a preference weight per category, and whether
// the server assigns tickets to it automatically.
class WindowForm : public QDialog
{
    Q_OBJECT
public:
    WindowForm(AdminClient &admin, const Catalogue *catalogue, const AdminHall &hall, std::optional<AdminWindow> existing,
               QWidget *parent = nullptr);

    AdminWindow window() const;
    const std::optional<AdminWindow> &saved() const { return m_saved; }
    FormFeedback *feedback() const { return m_feedback; }

private:
    void validate();
    void submit();
    void onKindChanged();

    AdminClient &m_admin;
    AdminHall m_hall;
    std::optional<AdminWindow> m_existing;
    std::optional<AdminWindow> m_saved;
    QSpinBox *m_number;
    QLineEdit *m_label;
    QComboBox *m_kind;
    QTableWidget *m_categories; // a row per category: serves (ticked), weight
    QCheckBox *m_autoAssign;
    QLabel *m_kindHint;
    QLabel *m_summary;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    FormFeedback *m_feedback;
};

} // namespace ow
