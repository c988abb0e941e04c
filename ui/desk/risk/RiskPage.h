#pragma once

#include "core/domain/api/RiskBodies.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace ow {

class ClientSession;
class RiskAlertForm;
class RiskAlertTableModel;

// 风险 (Risk): the risk alerts a supervisor oversees — at their hall and the halls below it, or
// one of those halls; open ones by default, or one status, or all; one level or all — with today's
// figures on top (raised, waiting, disposed) and, for the alert selected, its evidence, its
// disposals and the form to dispose of it. Everything goes to the server at once (RiskApi); the
// list and the alert are shown as the server answers. MainWindow reloads it when the event stream
// says an alert was raised or disposed of.
class RiskPage : public QWidget
{
    Q_OBJECT
public:
    explicit RiskPage(ClientSession &session, QWidget *parent = nullptr);

    RiskAlertTableModel &model() { return *m_model; }
    // The form of the alert selected (a new one for each).
    RiskAlertForm &form() { return *m_form; }
    QTableView &table() { return *m_table; }
    // Asks the server again (today's figures, the list, then the selected alert).
    void reload();
    // The event stream says `alert` was raised or disposed of: the figures and the list again; the
    // alert shown stays shown (read again when it is the one that changed, so a decision made
    // elsewhere shows at once, with who made it).
    void alertChanged(const RiskAlert &alert);
    // Selects the alert `id` if listed.
    bool select(qint64 id);
    // The filter as the boxes stand.
    RiskAlertFilter filter() const;
    // The rules the alerts come from, in a window of their own (read only: the city's administrator
    // changes them in 管理); what the "Rules…" button opens.
    QDialog *openRules();

Q_SIGNALS:
    void loaded();     // the list was read
    void summarized(); // today's figures were read
    void detailed();   // the selected alert was read
    void disposed();   // the server took a disposal

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillHalls();
    void load(bool keepForm);
    void loadSummary();
    void showSelected();
    void reread(qint64 id); // the alert in the form, read again
    void dispose(const RiskDisposalRequest &request);
    void showForm(const std::optional<RiskAlert> &alert);

    ClientSession &m_session;
    RiskAlertTableModel *m_model;
    QLabel *m_title;
    QLabel *m_today;
    QComboBox *m_status;
    QComboBox *m_level;
    QComboBox *m_hall;
    QPushButton *m_refresh;
    QPushButton *m_rules;
    QDialog *m_rulesDialog = nullptr;
    QLabel *m_message;
    QTableView *m_table;
    QSplitter *m_split;
    RiskAlertForm *m_form;
    QSet<QString> m_overseen;
    std::optional<RiskSummary> m_summary;
    qint64 m_selected = 0;
};

} // namespace ow
