#pragma once

#include "core/domain/api/GuideBodies.h"
#include "core/domain/api/QueueBodies.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace ow {

class ClientSession;
class MaterialCheckModel;
class MatterResultModel;

// The guide desk (咨询导办) at the hall's entrance: find the matter from what the citizen says,
// tick the materials they have against its checklist, read out the one-time notice, then either
// issue a ticket that carries the pre-check to the window (取号) or log the question as a
// consultation with how long it took (仅咨询). The clock of a consultation starts with the first
// search after the last ticket or consultation.
class GuidePage : public QWidget
{
    Q_OBJECT
public:
    explicit GuidePage(ClientSession &session, QWidget *parent = nullptr);

    MatterResultModel &results() { return *m_results; }
    MaterialCheckModel &materials() { return *m_materials; }

public Q_SLOTS:
    void search();
    void issueTicket();
    void logConsultation();

Q_SIGNALS:
    void searched();
    void ticketIssued(const ow::QueuedTicket &ticket);
    void consultationLogged(const ow::Consultation &consultation);
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectMatter(int row);
    void updateMatter();
    void updateTimer();
    void showMessage(const QString &text, bool problem);
    void retranslate();

    ClientSession &m_session;
    MatterResultModel *m_results;
    MaterialCheckModel *m_materials;
    QLineEdit *m_query;
    QPushButton *m_searchButton;
    QLabel *m_resultsTitle;
    QListView *m_resultList;
    QLabel *m_matterTitle;
    QListView *m_materialList;
    QLabel *m_summary;
    QTextBrowser *m_notice;
    QLabel *m_timer;
    QLabel *m_number;
    QLabel *m_message;
    QPushButton *m_consultButton;
    QPushButton *m_issueButton;
    QTimer *m_ticker;
    QDateTime m_consultStart; // invalid: no consultation running
    bool m_busy = false;
};

} // namespace ow
