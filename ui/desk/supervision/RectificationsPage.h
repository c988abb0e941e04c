#pragma once

#include "core/domain/api/RectificationBodies.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace ow {

class ClientSession;
class RectificationForm;
class RectificationTableModel;

// 整改 (Rectifications): the supervisor's bad ratings to follow up — the hall's (and, ticked, the
// halls below it) in one state or all, overdue ones in red — and, for the one selected, its
// contacts and the form to record another and to close it. Everything goes to the server at once
// (RectificationApi); the list and the rectification are shown as the server answers.
class RectificationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RectificationsPage(ClientSession &session, QWidget *parent = nullptr);

    RectificationTableModel &model() { return *m_model; }
    // The form of the rectification selected (a new one for each).
    RectificationForm &form() { return *m_form; }
    QTableView &table() { return *m_table; }
    // Asks the server again (the list, then the selected one).
    void reload();
    // Selects the rectification `id` if listed.
    bool select(qint64 id);

Q_SIGNALS:
    void loaded();   // the list was read
    void detailed(); // the selected rectification was read
    void changed();  // a contact was recorded or a rectification closed

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    RectificationFilter filter() const;
    // The list again; `keepForm`: the rectification just changed stays in the form even when the
    // list no longer holds it (closed, under "open").
    void load(bool keepForm);
    void showSelected();
    void recordContact(const FollowUpRequest &request);
    void close(const CloseRectificationRequest &request);
    void answered(qint64 id, const Result<RectificationDetail> &r, bool contact);
    void showForm(const std::optional<RectificationDetail> &detail);

    ClientSession &m_session;
    RectificationTableModel *m_model;
    QLabel *m_title;
    QComboBox *m_state;
    QCheckBox *m_below;
    QPushButton *m_refresh;
    QLabel *m_message;
    QTableView *m_table;
    QSplitter *m_split;
    RectificationForm *m_form;
    qint64 m_selected = 0;
};

} // namespace ow
