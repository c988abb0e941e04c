#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/api/CalendarBodies.h"
#include "core/domain/api/QueueRulesBodies.h"
#include "core/domain/util/Error.h"

#include <QHash>

#include <functional>

namespace ow {

class ApiClient;

// The administration area of the API (/api/v1/admin/…: accounts, halls and windows, devices, the
// working-day calendar, halls' queue rules, the record of changes) and the change of one's own
// password (POST /api/v1/me/password), typed: one method per operation. Every call ends in exactly
// one callback: the answer as its contract type, or an Error — the server's (its code, its
// translated message in `detail`; fieldProblems() reads the fields it names), Unavailable when it
// cannot be reached, Internal when an answer does not fit.
class AdminApi
{
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit AdminApi(ApiClient &api) : m_api(api) {}

    // Accounts of people (devices are listed by devices()).
    void accounts(const AdminAccountFilter &filter, Done<AdminAccountList> done);
    void createAccount(const NewAccountRequest &request, Done<AccountWithPassword> done);
    void updateAccount(qint64 id, const AccountPatch &patch, Done<AdminAccount> done);
    void disableAccount(qint64 id, Done<AdminAccount> done);
    void enableAccount(qint64 id, Done<AdminAccount> done);
    void resetPassword(qint64 id, Done<AccountWithPassword> done);

    // Halls the administrator manages, archived ones too, with their windows (retired ones too).
    void halls(Done<AdminHallList> done);
    void createHall(const AdminHall &hall, Done<AdminHall> done); // its windows are not sent
    void updateHall(const QString &code, const HallPatch &patch, Done<AdminHall> done);
    void archiveHall(const QString &code, Done<AdminHall> done);
    void addWindow(const QString &hall, const AdminWindow &window, Done<AdminWindow> done);
    void updateWindow(const QString &hall, int number, const WindowPatch &patch, Done<AdminWindow> done);
    void retireWindow(const QString &hall, int number, std::function<void(Status)> done);

    // Kiosks and hall displays.
    void devices(Done<DeviceList> done);
    void addDevice(const NewDeviceRequest &request, Done<DeviceWithSecret> done);
    void rotateSecret(const QString &code, Done<DeviceWithSecret> done);

    // The working-day calendar (the city's administrator only): the years in effect; an import
    // sends the file as it is, in its format, and answers with the calendar after it.
    void calendar(Done<CalendarAnswer> done);
    void importCalendar(const QByteArray &file, CalendarFileFormat format, Done<CalendarAnswer> done);

    // A hall's queue rules: those in force (its own, or the city's defaults), set in full, or
    // removed (the hall goes back to the city's defaults).
    void queueRules(const QString &hall, Done<HallQueueRules> done);
    void setQueueRules(const QString &hall, const QueueRules &rules, Done<HallQueueRules> done);
    void resetQueueRules(const QString &hall, std::function<void(Status)> done);

    // The record of administrative changes, newest first.
    void changes(const AdminChangeFilter &filter, Done<AdminChangeList> done);

    // Any session: the user's own password. A refusal names the field at fault (old_password,
    // new_password) with the server's translated reason.
    void changePassword(const ChangePasswordRequest &request, std::function<void(Status)> done);

    // The fields a refusal names (field → the server's reason).
    static QHash<QString, QString> fieldProblems(const Error &error);

private:
    template<typename T>
    void call(const QByteArray &method, const QString &path, const QJsonObject *body, Done<T> done);

    ApiClient &m_api;
};

} // namespace ow
