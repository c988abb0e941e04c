#include "core/client/AdminClient.h"

#include "core/domain/cases/WorkCalendar.h"
#include "core/domain/util/ErrorMessages.h"

#include <QPointer>

namespace ow {

namespace {

// The server names each problem of a refused calendar file with a short English reason (to be
// translated where it is shown). The same file read here by the same rules (WorkCalendar) gives
// the reason in the desk's language for each place the server named; a place it does not name
// keeps the server's words.
Error calendarRefusalInOurWords(Error refusal, const QByteArray &file, CalendarFileFormat format)
{
    if (refusal.code != ErrorCode::ValidationFailed)
        return refusal;
    const auto ours = format == CalendarFileFormat::Csv ? WorkCalendar::fromCsv(file) : WorkCalendar::fromJson(file);
    if (ours)
        return refusal;
    const QJsonObject translated = ours.error().extra.value(QLatin1String("fields")).toObject();
    QJsonObject fields = refusal.extra.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (translated.contains(it.key()))
            it.value() = translated.value(it.key());
    }
    refusal.extra.insert(QLatin1String("fields"), fields);
    return refusal;
}

} // namespace

QString errorText(const Error &error)
{
    return error.detail.isEmpty() || error.code == ErrorCode::Unavailable ? errorMessage(error.code) : error.detail;
}

AdminClient::AdminClient(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

const AdminHall *AdminClient::hall(const QString &code) const
{
    for (const AdminHall &h : m_halls) {
        if (h.code == code)
            return &h;
    }
    return nullptr;
}

void AdminClient::loadAccounts(const AdminAccountFilter &filter)
{
    m_accountFilter = filter;
    m_api.accounts(filter, [self = QPointer(this), filter](Result<AdminAccountList> r) {
        if (!self || !(self->m_accountFilter == filter))
            return; // a newer question is on its way
        if (!r) {
            Q_EMIT self->failed(errorText(r.error()));
            return;
        }
        self->m_accounts = r.value().accounts;
        Q_EMIT self->accountsChanged();
    });
}

void AdminClient::loadHalls()
{
    m_api.halls([self = QPointer(this)](Result<AdminHallList> r) {
        if (!self)
            return;
        if (!r) {
            Q_EMIT self->failed(errorText(r.error()));
            return;
        }
        self->m_halls = r.value().halls;
        Q_EMIT self->hallsChanged();
    });
}

void AdminClient::loadDevices()
{
    m_api.devices([self = QPointer(this)](Result<DeviceList> r) {
        if (!self)
            return;
        if (!r) {
            Q_EMIT self->failed(errorText(r.error()));
            return;
        }
        self->m_devices = r.value().devices;
        Q_EMIT self->devicesChanged();
    });
}

void AdminClient::loadChanges(const AdminChangeFilter &filter)
{
    m_changeFilter = filter;
    m_api.changes(filter, [self = QPointer(this), filter](Result<AdminChangeList> r) {
        if (!self || !(self->m_changeFilter == filter))
            return;
        if (!r) {
            Q_EMIT self->failed(errorText(r.error()));
            return;
        }
        self->m_changes = r.value().changes;
        Q_EMIT self->changesChanged();
    });
}

void AdminClient::loadCalendar()
{
    m_api.calendar([self = QPointer(this)](Result<CalendarAnswer> r) {
        if (!self)
            return;
        if (!r) {
            Q_EMIT self->failed(errorText(r.error()));
            return;
        }
        self->m_calendar = r.value().years;
        Q_EMIT self->calendarChanged();
    });
}

void AdminClient::loadAll()
{
    loadHalls();
    loadAccounts(m_accountFilter);
    loadDevices();
    loadChanges(m_changeFilter);
}

void AdminClient::changed()
{
    loadChanges(m_changeFilter);
}

void AdminClient::putAccount(const AdminAccount &account)
{
    for (AdminAccount &a : m_accounts) {
        if (a.id == account.id) {
            a = account;
            Q_EMIT accountsChanged();
            changed();
            return;
        }
    }
    m_accounts.append(account);
    Q_EMIT accountsChanged();
    changed();
}

void AdminClient::putHall(const AdminHall &hall)
{
    for (AdminHall &h : m_halls) {
        if (h.code == hall.code) {
            h = hall;
            Q_EMIT hallsChanged();
            changed();
            return;
        }
    }
    m_halls.append(hall);
    Q_EMIT hallsChanged();
    changed();
}

void AdminClient::putWindow(const QString &hall, const AdminWindow &window)
{
    for (AdminHall &h : m_halls) {
        if (h.code != hall)
            continue;
        bool found = false;
        for (AdminWindow &w : h.windows) {
            if (w.number == window.number) {
                w = window;
                found = true;
            }
        }
        if (!found) {
            h.windows.append(window);
            std::sort(h.windows.begin(), h.windows.end(),
                      [](const AdminWindow &a, const AdminWindow &b) { return a.number < b.number; });
        }
    }
    Q_EMIT hallsChanged();
    changed();
}

void AdminClient::putDevice(const Device &device)
{
    bool found = false;
    for (Device &d : m_devices) {
        if (d.code == device.code) {
            d = device;
            found = true;
        }
    }
    if (!found)
        m_devices.append(device);
    Q_EMIT devicesChanged();
    changed();
}

// Each write: ask the server, keep its answer, then tell the caller (whose dialog may show what
// only the answer holds, such as a one-time password).
void AdminClient::createAccount(const NewAccountRequest &request, Done<AccountWithPassword> done)
{
    m_api.createAccount(request, [self = QPointer(this), done = std::move(done)](Result<AccountWithPassword> r) {
        if (self && r)
            self->putAccount(r.value().account);
        done(r);
    });
}

void AdminClient::updateAccount(qint64 id, const AccountPatch &patch, Done<AdminAccount> done)
{
    m_api.updateAccount(id, patch, [self = QPointer(this), done = std::move(done)](Result<AdminAccount> r) {
        if (self && r)
            self->putAccount(r.value());
        done(r);
    });
}

void AdminClient::setAccountActive(qint64 id, bool active, Done<AdminAccount> done)
{
    auto answer = [self = QPointer(this), done = std::move(done)](Result<AdminAccount> r) {
        if (self && r)
            self->putAccount(r.value());
        done(r);
    };
    if (active)
        m_api.enableAccount(id, std::move(answer));
    else
        m_api.disableAccount(id, std::move(answer));
}

void AdminClient::resetPassword(qint64 id, Done<AccountWithPassword> done)
{
    m_api.resetPassword(id, [self = QPointer(this), done = std::move(done)](Result<AccountWithPassword> r) {
        if (self && r)
            self->putAccount(r.value().account);
        done(r);
    });
}

void AdminClient::createHall(const AdminHall &hall, Done<AdminHall> done)
{
    m_api.createHall(hall, [self = QPointer(this), done = std::move(done)](Result<AdminHall> r) {
        if (self && r)
            self->putHall(r.value());
        done(r);
    });
}

void AdminClient::updateHall(const QString &code, const HallPatch &patch, Done<AdminHall> done)
{
    m_api.updateHall(code, patch, [self = QPointer(this), done = std::move(done)](Result<AdminHall> r) {
        if (self && r)
            self->putHall(r.value());
        done(r);
    });
}

void AdminClient::archiveHall(const QString &code, Done<AdminHall> done)
{
    m_api.archiveHall(code, [self = QPointer(this), done = std::move(done)](Result<AdminHall> r) {
        if (self && r)
            self->putHall(r.value());
        done(r);
    });
}

void AdminClient::addWindow(const QString &hall, const AdminWindow &window, Done<AdminWindow> done)
{
    m_api.addWindow(hall, window, [self = QPointer(this), hall, done = std::move(done)](Result<AdminWindow> r) {
        if (self && r)
            self->putWindow(hall, r.value());
        done(r);
    });
}

void AdminClient::updateWindow(const QString &hall, int number, const WindowPatch &patch, Done<AdminWindow> done)
{
    m_api.updateWindow(hall, number, patch, [self = QPointer(this), hall, done = std::move(done)](Result<AdminWindow> r) {
        if (self && r)
            self->putWindow(hall, r.value());
        done(r);
    });
}

void AdminClient::retireWindow(const QString &hall, int number, std::function<void(Status)> done)
{
    m_api.retireWindow(hall, number, [self = QPointer(this), hall, number, done = std::move(done)](Status r) {
        if (self && r) {
            std::optional<AdminWindow> retired;
            if (const AdminHall *h = self->hall(hall)) {
                for (const AdminWindow &w : h->windows) {
                    if (w.number == number)
                        retired = w;
                }
            }
            if (retired) {
                retired->retired = true;
                self->putWindow(hall, *retired);
            }
        }
        done(r);
    });
}

void AdminClient::addDevice(const NewDeviceRequest &request, Done<DeviceWithSecret> done)
{
    m_api.addDevice(request, [self = QPointer(this), done = std::move(done)](Result<DeviceWithSecret> r) {
        if (self && r)
            self->putDevice(r.value().device);
        done(r);
    });
}

void AdminClient::rotateSecret(const QString &code, Done<DeviceWithSecret> done)
{
    m_api.rotateSecret(code, [self = QPointer(this), done = std::move(done)](Result<DeviceWithSecret> r) {
        if (self && r)
            self->putDevice(r.value().device);
        done(r);
    });
}

void AdminClient::importCalendar(const QByteArray &file, CalendarFileFormat format, Done<CalendarAnswer> done)
{
    m_api.importCalendar(file, format, [self = QPointer(this), file, format, done = std::move(done)](Result<CalendarAnswer> r) {
        if (!r) {
            done(calendarRefusalInOurWords(r.error(), file, format));
            return;
        }
        if (self) {
            self->m_calendar = r.value().years;
            Q_EMIT self->calendarChanged();
            self->changed();
        }
        done(r);
    });
}

void AdminClient::queueRules(const QString &hall, Done<HallQueueRules> done)
{
    m_api.queueRules(hall, std::move(done));
}

void AdminClient::setQueueRules(const QString &hall, const QueueRules &rules, Done<HallQueueRules> done)
{
    m_api.setQueueRules(hall, rules, [self = QPointer(this), done = std::move(done)](Result<HallQueueRules> r) {
        if (self && r)
            self->changed();
        done(r);
    });
}

void AdminClient::resetQueueRules(const QString &hall, std::function<void(Status)> done)
{
    m_api.resetQueueRules(hall, [self = QPointer(this), done = std::move(done)](Status r) {
        if (self && r)
            self->changed();
        done(r);
    });
}

} // namespace ow
