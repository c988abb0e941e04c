#pragma once

#include "core/domain/api/CaseBodies.h"
#include "core/domain/cases/CaseTypes.h"
#include "ui/desk/cases/DocumentOutput.h"
#include "ui/desk/cases/IntakeDocuments.h"
#include "ui/desk/cases/ProblemLines.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace ow {

class ApplicantBox;
class CaseClient;
class ClientSession;
class IntakeFormEditor;
class MaterialChecklist;
class OfflineCounter;
struct ServiceItem;

// 受理: the front office's intake of one application at a window. The teller picks the matter
// (the current ticket's, or any from the catalogue), identifies the citizen, fills the matter's
// form — generated from the catalogue's field definitions and checked field by field — and marks
// each material received, missing or exempt. Then: the one-time notice when something required is
// missing, acceptance with a printed receipt (or completion on the spot), or a refusal with its
// printed notice. Works from the cached catalogue; the intake itself goes through the outbox.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    IntakePage(ClientSession &session, CaseClient &cases, QWidget *parent = nullptr);

    void setDocumentOutput(DocumentOutput output) { m_documents.setOutput(std::move(output)); }
    void setWindow(int window) { m_window = window; }
    // The window's leased case numbers: with the server out of reach, a case is accepted with one.
    void setOfflineCounter(OfflineCounter *offline) { m_offline = offline; }
    // The ticket at the window: its matters are offered first.
    void setTicket(qint64 ticketId, const QString &number, const QStringList &services);
    void startMatter(const QString &serviceCode);
    // The application as the screen holds it now.
    IntakeRequest request(CaseAction decision) const;
    QString lastDocument() const { return m_lastDocument; } // where the last document went
    QString lastCaseNumber() const { return m_lastCase.number; }

    void printNotice();
    void accept();
    void refuse(const QString &reason);
    void clear();

Q_SIGNALS:
    void documentPrinted(const QString &where);
    void caseOpened(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildServices();
    void onServiceChosen();
    void buildForService(const ServiceItem &service);
    void copyApplicantToForm();
    void showProblems(const QHash<QString, QString> &problems);
    void onIntakeDone(const CaseView &c);
    void acceptOffline(IntakeRequest request);
    void onIntakeRefused(const QString &message, const QHash<QString, QString> &fields, const QList<MissingMaterial> &missing);
    void printReceipt(const CaseView &c);
    void printed(const Result<QString> &where);
    void say(const QString &text, bool problem = false);
    const ServiceItem *service() const;
    QString lang() const;

    ClientSession &m_session;
    CaseClient &m_cases;
    IntakeDocuments m_documents;
    ProblemLines m_problems; // applicant.*, service, form.<key>: where each problem is shown
    int m_window = 0;
    OfflineCounter *m_offline = nullptr;
    qint64 m_ticketId = 0;
    QString m_ticketNumber;
    QStringList m_ticketServices;
    bool m_waiting = false; // an intake sent, its answer not yet here
    bool m_done = false;    // this application is a case now

    QLabel *m_title;
    QLabel *m_ticketLabel;
    QComboBox *m_service;
    QLabel *m_serviceInfo;
    ApplicantBox *m_applicant;
    QGroupBox *m_formBox;
    IntakeFormEditor *m_form;
    QGroupBox *m_materialsBox;
    MaterialChecklist *m_materials;
    QComboBox *m_pickup;
    QLabel *m_pickupLabel;
    QPushButton *m_noticeButton;
    QPushButton *m_refuseButton;
    QPushButton *m_acceptButton;
    QPushButton *m_clearButton;
    QPushButton *m_receiptButton;
    QLabel *m_message;
    CaseView m_lastCase;
    QString m_lastDocument;
};

} // namespace ow
