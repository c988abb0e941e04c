#pragma once

#include "core/domain/api/RiskBodies.h"
#include "core/domain/org/Org.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace ow {

class FormFeedback;

// One risk alert as the supervisor disposes of it (处置): the rule that fired, its level, the
// subject and what was found, the evidence (time, kind, note), the disposals so far, and the
// disposal to make — confirm, dismiss or escalate, the last two with their reason, checked as the
// supervisor types with the server's own rule (RiskDisposalRules). The form is open only while
// the alert waits for a hall the supervisor oversees. One form per alert (none: an empty,
// disabled form), so what was typed for one never shows for another. The page sends what is
// asked (disposalRequested) and hands the answer back.
class RiskAlertForm : public QWidget
{
    Q_OBJECT
public:
    // `overseen`: the codes of the halls whose alerts the supervisor may dispose of.
    RiskAlertForm(const std::optional<RiskAlert> &alert, const QList<Hall> &halls, const QSet<QString> &overseen,
                  QWidget *parent = nullptr);

    // The same alert as the server answered it now (another one: ignored).
    void setAlert(const RiskAlert &alert);
    const std::optional<RiskAlert> &alert() const { return m_alert; }
    // The disposal as typed; nothing while no action is chosen.
    std::optional<RiskDisposalRequest> disposal() const;
    bool isDisposable() const;

    void setBusy(bool busy);
    void showRefusal(const QString &message, const QHash<QString, QString> &fields);

    FormFeedback &feedback() { return *m_feedback; }

Q_SIGNALS:
    void disposalRequested(const ow::RiskDisposalRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void revalidate();
    void redrawAlert();
    bool hasHallAbove() const;

    std::optional<RiskAlert> m_alert;
    QList<Hall> m_halls;
    QSet<QString> m_overseen;
    QLabel *m_summary;
    QLabel *m_evidenceTitle;
    QTableWidget *m_evidence;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    QGroupBox *m_disposeGroup;
    QLabel *m_actionLabel;
    QButtonGroup *m_actions;
    QRadioButton *m_confirm;
    QRadioButton *m_dismiss;
    QRadioButton *m_escalate;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_submit;
    QLabel *m_state;
    FormFeedback *m_feedback;
};

} // namespace ow
