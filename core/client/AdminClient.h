#pragma once

#include "core/client/api/AdminApi.h"

#include <QObject>

namespace ow {

class ApiClient;

// What the administration screens work on: the accounts (as last asked for), the halls with their
// windows, the devices, the working-day calendar and the record of changes, fetched through
// AdminApi and kept here, so the screens' models observe one place. Each change goes to the server
// first; only its answer changes the lists (and is announced), so what is shown is what the server
// holds.
class AdminClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    explicit AdminClient(ApiClient &api, QObject *parent = nullptr);

    const QList<AdminAccount> &accounts() const { return m_accounts; }
    const AdminAccountFilter &accountFilter() const { return m_accountFilter; }
    const QList<AdminHall> &halls() const { return m_halls; }
    const QList<Device> &devices() const { return m_devices; }
    const QList<AdminChange> &changes() const { return m_changes; }
    const QList<CalendarYearView> &calendar() const { return m_calendar; } // years ascending
    const AdminHall *hall(const QString &code) const;

    // Fetch again (each announces its list, or failed()).
    void loadAccounts(const AdminAccountFilter &filter);
    void loadHalls();
    void loadDevices();
    void loadChanges(const AdminChangeFilter &filter);
    void loadAll(); // halls, accounts (the current filter), devices, changes
    void loadCalendar(); // the city's administrator only (others are refused)

    void createAccount(const NewAccountRequest &request, Done<AccountWithPassword> done);
    void updateAccount(qint64 id, const AccountPatch &patch, Done<AdminAccount> done);
    void setAccountActive(qint64 id, bool active, Done<AdminAccount> done);
    void resetPassword(qint64 id, Done<AccountWithPassword> done);

    void createHall(const AdminHall &hall, Done<AdminHall> done);
    void updateHall(const QString &code, const HallPatch &patch, Done<AdminHall> done);
    void archiveHall(const QString &code, Done<AdminHall> done);
    void addWindow(const QString &hall, const AdminWindow &window, Done<AdminWindow> done);
    void updateWindow(const QString &hall, int number, const WindowPatch &patch, Done<AdminWindow> done);
    void retireWindow(const QString &hall, int number, std::function<void(Status)> done);

    void addDevice(const NewDeviceRequest &request, Done<DeviceWithSecret> done);
    void rotateSecret(const QString &code, Done<DeviceWithSecret> done);

    // A refused file changes nothing: the calendar stays as it was. The refusal names each problem
    // where it is in the file, with its reason in the desk's language.
    void importCalendar(const QByteArray &file, CalendarFileFormat format, Done<CalendarAnswer> done);

    // A hall's queue rules are not kept here: each screen asks for the hall it shows.
    void queueRules(const QString &hall, Done<HallQueueRules> done);
    void setQueueRules(const QString &hall, const QueueRules &rules, Done<HallQueueRules> done);
    void resetQueueRules(const QString &hall, std::function<void(Status)> done);

Q_SIGNALS:
    void accountsChanged();
    void hallsChanged();
    void devicesChanged();
    void changesChanged();
    void calendarChanged();
    // A list could not be fetched: the translated reason.
    void failed(const QString &message);

private:
    void putAccount(const AdminAccount &account);
    void putHall(const AdminHall &hall);
    void putWindow(const QString &hall, const AdminWindow &window);
    void putDevice(const Device &device);
    void changed(); // something was written: the record of changes has a new entry

    AdminApi m_api;
    AdminAccountFilter m_accountFilter;
    AdminChangeFilter m_changeFilter;
    QList<AdminAccount> m_accounts;
    QList<AdminHall> m_halls;
    QList<Device> m_devices;
    QList<AdminChange> m_changes;
    QList<CalendarYearView> m_calendar;
};

// The translated text of an error for a person: the server's message, or the code's general one.
QString errorText(const Error &error);

} // namespace ow
