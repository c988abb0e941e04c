#pragma once

#include "core/domain/api/CaseBodies.h"
#include "core/domain/cases/CaseTypes.h"
#include "core/domain/util/Error.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace ow {

class ApiClient;

// The cases area of the API (docs/api/openapi.yaml, tag cases; and the public status of cases and
// tickets), typed: one method per operation, typed arguments, typed answers. Errors are the
// server's (code and translated message in `detail`, its error object in `extra`), Unavailable
// when it cannot be reached, Internal when an answer does not fit its type (the problems in
// `extra.fields`). Writes that must survive a lost connection go through the outbox: for them
// this builds the outbox operation and reads its answer.
class CaseApi
{
public:
    // An operation for the outbox (SyncAgent::submit): method, path, body.
    struct Write
    {
        QString method;
        QString path;
        QJsonObject body;
    };

    explicit CaseApi(ApiClient &api) : m_api(api) {}

    void worklist(std::function<void(Result<CaseList>)> done);
    // The case, its personal data whole or masked as the server decides (need to know); with a
    // `purpose` (4 to 200 characters, recorded in the audit trail) whole.
    void get(const QString &number, std::function<void(Result<CaseView>)> done);
    void get(const QString &number, const QString &purpose, std::function<void(Result<CaseView>)> done);
    void changes(qint64 since, std::function<void(Result<CaseChanges>)> done);
    void reviewers(const QString &number, std::function<void(Result<CaseReviewers>)> done);
    void intake(const IntakeRequest &request, std::function<void(Result<CaseView>)> done);
    // The online portal's application for the hall in `request.hallCode`.
    void preSubmit(const IntakeRequest &request, std::function<void(Result<CaseView>)> done);
    void act(const QString &number, const CaseStep &step, std::function<void(Result<CaseView>)> done);
    void citizen(const QString &idNumber, std::function<void(Result<ApplicantHistory>)> done);
    void citizenLookups(const QString &idNumber, std::function<void(Result<CitizenLookups>)> done);
    // Without login: the case's state for the citizen (the kiosk's 办件查询, the receipt's QR code).
    void publicStatus(const QString &number, const QString &idLast4, std::function<void(Result<PublicCaseStatus>)> done);
    void publicTicket(const QString &hall, const QDate &day, const QString &number,
                      std::function<void(Result<PublicTicketStatus>)> done);

    // The outbox's operations and how to read what the server answered to them.
    static Write intakeWrite(const IntakeRequest &request);
    static Write actionWrite(const QString &number, const CaseStep &step);
    static Result<CaseView> caseAnswer(int status, const QJsonObject &answer);

    // What a refused intake says: the fields at fault (field → why) and, when required materials
    // are missing, the list for the one-time notice.
    static QHash<QString, QString> fieldProblems(const Error &error);
    static QList<MissingMaterial> missingMaterials(const Error &error);

    static QString casePath(const QString &number);

private:
    template<typename T>
    void read(const QString &path, std::function<void(Result<T>)> done);
    template<typename T>
    void write(const Write &w, std::function<void(Result<T>)> done);

    ApiClient &m_api;
};

} // namespace ow
