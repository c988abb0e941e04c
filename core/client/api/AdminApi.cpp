#include "core/client/api/AdminApi.h"

#include "core/client/api/TypedAnswer.h"

#include <QUrlQuery>

namespace ow {

namespace {

const QString kAdmin = QStringLiteral("/api/v1/admin");

QString accountPath(qint64 id, const char *action = nullptr)
{
    QString path = kAdmin + QStringLiteral("/accounts/%1").arg(id);
    if (action)
        path += QLatin1Char('/') + QLatin1String(action);
    return path;
}

QString hallPath(const QString &code)
{
    return kAdmin + QStringLiteral("/halls/") + pathSegment(code);
}

QString windowPath(const QString &hall, int number)
{
    return hallPath(hall) + QStringLiteral("/windows/%1").arg(number);
}

QString withQuery(const QString &path, const QUrlQuery &query)
{
    return query.isEmpty() ? path : path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

} // namespace

template<typename T>
void AdminApi::call(const QByteArray &method, const QString &path, const QJsonObject *body, Done<T> done)
{
    m_api.send(method, path, body, answerAs<T>(std::move(done)));
}

void AdminApi::accounts(const AdminAccountFilter &filter, Done<AdminAccountList> done)
{
    call<AdminAccountList>("GET", withQuery(kAdmin + QStringLiteral("/accounts"), filter.toQuery()), nullptr, std::move(done));
}

void AdminApi::createAccount(const NewAccountRequest &request, Done<AccountWithPassword> done)
{
    const QJsonObject body = request.toJson();
    call<AccountWithPassword>("POST", kAdmin + QStringLiteral("/accounts"), &body, std::move(done));
}

void AdminApi::updateAccount(qint64 id, const AccountPatch &patch, Done<AdminAccount> done)
{
    const QJsonObject body = patch.toJson();
    call<AdminAccount>("PATCH", accountPath(id), &body, std::move(done));
}

void AdminApi::disableAccount(qint64 id, Done<AdminAccount> done)
{
    call<AdminAccount>("POST", accountPath(id, "disable"), nullptr, std::move(done));
}

void AdminApi::enableAccount(qint64 id, Done<AdminAccount> done)
{
    call<AdminAccount>("POST", accountPath(id, "enable"), nullptr, std::move(done));
}

void AdminApi::resetPassword(qint64 id, Done<AccountWithPassword> done)
{
    call<AccountWithPassword>("POST", accountPath(id, "password-reset"), nullptr, std::move(done));
}

void AdminApi::halls(Done<AdminHallList> done)
{
    call<AdminHallList>("GET", kAdmin + QStringLiteral("/halls"), nullptr, std::move(done));
}

void AdminApi::createHall(const AdminHall &hall, Done<AdminHall> done)
{
    QJsonObject body = hall.toJson();
    body.remove(QLatin1String("windows")); // windows are added one by one, after the hall
    call<AdminHall>("POST", kAdmin + QStringLiteral("/halls"), &body, std::move(done));
}

void AdminApi::updateHall(const QString &code, const HallPatch &patch, Done<AdminHall> done)
{
    const QJsonObject body = patch.toJson();
    call<AdminHall>("PATCH", hallPath(code), &body, std::move(done));
}

void AdminApi::archiveHall(const QString &code, Done<AdminHall> done)
{
    call<AdminHall>("POST", hallPath(code) + QStringLiteral("/archive"), nullptr, std::move(done));
}

void AdminApi::addWindow(const QString &hall, const AdminWindow &window, Done<AdminWindow> done)
{
    QJsonObject body = window.toJson();
    body.remove(QLatin1String("retired")); // a new window is in service
    call<AdminWindow>("POST", hallPath(hall) + QStringLiteral("/windows"), &body, std::move(done));
}

void AdminApi::updateWindow(const QString &hall, int number, const WindowPatch &patch, Done<AdminWindow> done)
{
    const QJsonObject body = patch.toJson();
    call<AdminWindow>("PATCH", windowPath(hall, number), &body, std::move(done));
}

void AdminApi::retireWindow(const QString &hall, int number, std::function<void(Status)> done)
{
    m_api.send("DELETE", windowPath(hall, number), nullptr, [done = std::move(done)](Result<ApiReply> r) {
        done(r ? okStatus() : Status(r.error()));
    });
}

void AdminApi::devices(Done<DeviceList> done)
{
    call<DeviceList>("GET", kAdmin + QStringLiteral("/devices"), nullptr, std::move(done));
}

void AdminApi::addDevice(const NewDeviceRequest &request, Done<DeviceWithSecret> done)
{
    const QJsonObject body = request.toJson();
    call<DeviceWithSecret>("POST", kAdmin + QStringLiteral("/devices"), &body, std::move(done));
}

void AdminApi::rotateSecret(const QString &code, Done<DeviceWithSecret> done)
{
    call<DeviceWithSecret>("POST", kAdmin + QStringLiteral("/devices/") + pathSegment(code) + QStringLiteral("/secret"), nullptr,
                           std::move(done));
}

void AdminApi::calendar(Done<CalendarAnswer> done)
{
    call<CalendarAnswer>("GET", kAdmin + QStringLiteral("/calendar"), nullptr, std::move(done));
}

void AdminApi::importCalendar(const QByteArray &file, CalendarFileFormat format, Done<CalendarAnswer> done)
{
    m_api.sendFile("PUT", kAdmin + QStringLiteral("/calendar"), file, calendarContentType(format), answerAs<CalendarAnswer>(std::move(done)));
}

void AdminApi::queueRules(const QString &hall, Done<HallQueueRules> done)
{
    call<HallQueueRules>("GET", hallPath(hall) + QStringLiteral("/queue-rules"), nullptr, std::move(done));
}

void AdminApi::setQueueRules(const QString &hall, const QueueRules &rules, Done<HallQueueRules> done)
{
    const QJsonObject body = rules.toJson();
    call<HallQueueRules>("PUT", hallPath(hall) + QStringLiteral("/queue-rules"), &body, std::move(done));
}

void AdminApi::resetQueueRules(const QString &hall, std::function<void(Status)> done)
{
    m_api.send("DELETE", hallPath(hall) + QStringLiteral("/queue-rules"), nullptr, [done = std::move(done)](Result<ApiReply> r) {
        done(r ? okStatus() : Status(r.error()));
    });
}

void AdminApi::changes(const AdminChangeFilter &filter, Done<AdminChangeList> done)
{
    call<AdminChangeList>("GET", withQuery(kAdmin + QStringLiteral("/changes"), filter.toQuery()), nullptr, std::move(done));
}

void AdminApi::changePassword(const ChangePasswordRequest &request, std::function<void(Status)> done)
{
    const QJsonObject body = request.toJson();
    m_api.send("POST", QStringLiteral("/api/v1/me/password"), &body, [done = std::move(done)](Result<ApiReply> r) {
        done(r ? okStatus() : Status(r.error()));
    });
}

QHash<QString, QString> AdminApi::fieldProblems(const Error &error)
{
    QHash<QString, QString> out;
    const QJsonObject fields = error.extra.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace ow
