#pragma once

#include "core/domain/api/CaseBodies.h"
#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/CaseTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ow {

class CaseClient;
class ClientSession;

// 办件: a desk's worklist and one case in full. Reviewers see the cases assigned to them;
// supervisors the escalated, unassigned, due-soon and overdue ones; windows the online
// pre-submissions to verify and the results to hand out. The case shows its applicant, form,
// materials and its whole timeline, with the steps this desk may take; a step the rules do not
// allow is shown disabled with the reason (whoever accepted a case never approves it).
class CaseWorkPage : public QWidget
{
    Q_OBJECT
public:
    CaseWorkPage(ClientSession &session, CaseClient &cases, QWidget *parent = nullptr);

    void open(const QString &number);
    // Takes a step on the open case; the buttons ask for the note (and for hand-out, how) first.
    void act(CaseAction action, const QString &note = {});
    void takeStep(const CaseStep &step);
    const CaseView &current() const { return m_case; }
    QPushButton *button(CaseAction action) const;
    QPushButton *showFullButton() const { return m_showFull; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Step
    {
        CaseAction action;
        QPushButton *button;
        bool needsNote;
    };
    void retranslate();
    void fillList();
    void showCase(const CaseView &c);
    QString detailsOf(const CaseView &c) const;
    void fillTimeline(const CaseView &c);
    void updateButtons();
    void showFull();
    void onButton(const Step &step);
    void chooseReviewer(const QString &number, const QList<CaseReviewer> &reviewers);
    void say(const QString &text, bool problem = false);
    QString serviceName(const QString &code) const;
    QString hallName(const QString &code) const;
    CaseActor actor() const;

    ClientSession &m_session;
    CaseClient &m_cases;
    QLabel *m_title;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QPushButton *m_refreshButton;
    QTableWidget *m_list;
    QLabel *m_header;
    QLabel *m_details;
    QLabel *m_maskedNote;     // the personal data is masked: you do not work on this case
    QPushButton *m_showFull;  // 显示完整信息…: asks the purpose (PurposeDialog), then shows it whole
    QLabel *m_timelineTitle;
    QTableWidget *m_timeline;
    QLabel *m_message;
    QList<Step> m_steps;
    CaseView m_case;
};

} // namespace ow
