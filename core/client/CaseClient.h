#pragma once

#include "core/client/api/CaseApi.h"
#include "core/domain/cases/CaseRules.h"
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/org/Org.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <optional>

namespace ow {

class ClientSession;

// The cases (办件) as the desktop client works them: an intake checked here first, field by
// field from the cached catalogue (so a window can check a form offline), then written through the
// outbox; the desk's worklist and one case with its timeline read from the server. Widgets call
// these and observe the signals; the rules stay in core/domain/cases and on the server.
class CaseClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWorklistRefreshMs = 20000;

    explicit CaseClient(ClientSession &session, QObject *parent = nullptr);

    // What is wrong with an application before it is sent, keyed as the server keys it
    // (applicant.id_number, form.<key>, reason; service for a matter not delegated to this
    // hall's level); translated; empty when it can go.
    QHash<QString, QString> problems(const IntakeRequest &request) const;
    // Why this desk's hall may not accept the matter (事项下放, from the cached catalogue, so
    // offline too), naming where the citizen should go; empty when it may.
    QString notDelegatedHere(const QString &serviceCode) const;
    // The required materials neither received nor exempt: what the one-time notice lists.
    QList<Material> missingRequired(const IntakeRequest &request) const;

    // The hall this desk works at, its time zone and today's service day there.
    Hall hall() const;
    QTimeZone timeZone() const { return timeZoneOf(hall()); }
    QDate today() const;

    void submitIntake(const IntakeRequest &request);
    // Offline: the case as the window accepted it, with the leased number in `request.number`,
    // the due date worked out here on the same calendar; sent through the outbox. Answers the
    // case as the receipt prints it.
    CaseView acceptOffline(const IntakeRequest &request);
    void act(const QString &number, const CaseStep &step);
    void act(const QString &number, CaseAction action, const QString &note = {});
    void open(const QString &number);
    // The case with its personal data whole, for `purpose` (which the server records): a person
    // not working on the case asked for it. Not kept on this computer: the copy there stays as the
    // last pull left it. The server's refusal of the purpose comes as message().
    void openWithPurpose(const QString &number, const QString &purpose);
    void refreshWorklist();
    void lookUpCitizen(const QString &idNumber);
    // The pull: the cases of this hall that changed on the server since the last pull are copied
    // into the local file, so a case can be read offline. A case with a change of this window
    // still waiting in the outbox is not overwritten: it is read again once that change is settled.
    void pull();
    std::optional<CaseView> cachedCase(const QString &number) const;
    // A supervisor's choice for reassignment: the competent office's reviewers.
    void loadReviewers(const QString &number);

    const QList<CaseView> &worklist() const { return m_worklist; }
    void setRefreshIntervalMs(int ms) { m_refresh.setInterval(ms); }

Q_SIGNALS:
    void intakeDone(const ow::CaseView &c);
    // Refused by the server: the translated message, the fields at fault and, for missing
    // materials, the list the one-time notice prints.
    void intakeRefused(const QString &message, const QHash<QString, QString> &fields, const QList<ow::MissingMaterial> &missing);
    void queuedOffline(); // kept in the outbox, sent when the server can be reached
    void caseLoaded(const ow::CaseView &c);
    void caseChanged(const ow::CaseView &c);
    void actionRefused(const QString &number, const QString &message);
    void worklistChanged();
    void reviewersLoaded(const QString &number, const QList<ow::CaseReviewer> &reviewers);
    void pulled(int cases); // copies refreshed by the last pull
    void citizenFound(const QString &idNumber, const QString &name, const QString &phone, int cases);
    void message(const QString &text);

private:
    void write(const CaseApi::Write &w, std::function<void(int status, Result<CaseView>)> onAnswer);
    static QString refusalText(int status, const Error &error);
    void keep(const CaseView &c);
    void fetchInto(const QString &number, std::function<void(bool ok)> done);
    QSet<QString> pendingCases() const;
    void setPending(const QString &number, bool pending);
    qint64 cursor() const;
    CaseApi api() const;
    bool m_pulling = false;

    ClientSession &m_session;
    QList<CaseView> m_worklist;
    QTimer m_refresh;
    WorkCalendar m_calendar;
};

} // namespace ow
