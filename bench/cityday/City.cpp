#include "cityday/City.h"

#include "core/domain/security/PasswordHasher.h"
#include "core/service/org/DemoCity.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <random>

#include <sodium.h>

namespace ow::bench {

City City::generate(int halls, int tickets, unsigned seed)
{
    City city;
    std::mt19937 random(seed);
    const int counties = std::max(1, halls / 12);
    for (int i = 0; i < halls; ++i) {
        CityHall h;
        h.code = QStringLiteral("MY-B%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        if (i == 0) {
            h.level = QStringLiteral("city");
            h.windows = 12;
        } else if (i <= counties) {
            h.level = QStringLiteral("county");
            h.parent = city.m_halls.front().code;
            h.windows = 6;
        } else {
            h.level = QStringLiteral("township");
            h.parent = city.m_halls[static_cast<size_t>(1 + (i - counties - 1) % counties)].code;
            h.windows = 2 + static_cast<int>(random() % 3);
        }
        city.m_halls.push_back(h);
    }
    const int windows = city.windowCount();
    int shared = 0;
    for (CityHall &h : city.m_halls) {
        h.tickets = static_cast<int>(static_cast<qint64>(tickets) * h.windows / windows);
        shared += h.tickets;
    }
    for (size_t i = 0; shared < tickets; i = (i + 1) % city.m_halls.size(), ++shared)
        city.m_halls[i].tickets += 1;
    return city;
}

int City::windowCount() const
{
    int n = 0;
    for (const CityHall &h : m_halls)
        n += h.windows;
    return n;
}

int City::count(const QString &level) const
{
    return static_cast<int>(std::count_if(m_halls.begin(), m_halls.end(), [&](const CityHall &h) { return h.level == level; }));
}

QByteArray City::seedJson() const
{
    QJsonArray halls, windows, accounts, devices;
    const auto account = [&](const QString &username, const char *role, const CityHall &h, const QString &staffNo) {
        accounts.append(QJsonObject{{QLatin1String("username"), username},
                                    {QLatin1String("password"), password()},
                                    {QLatin1String("role"), QLatin1String(role)},
                                    {QLatin1String("hall"), h.code},
                                    {QLatin1String("name_zh"), username},
                                    {QLatin1String("name_en"), username},
                                    {QLatin1String("staff_no"), staffNo},
                                    {QLatin1String("categories"), QJsonArray()}});
    };
    for (const CityHall &h : m_halls) {
        halls.append(QJsonObject{{QLatin1String("code"), h.code},
                                 {QLatin1String("level"), h.level},
                                 {QLatin1String("parent"), h.parent.isEmpty() ? QJsonValue() : QJsonValue(h.parent)},
                                 {QLatin1String("name_zh"), QStringLiteral("基准大厅 ") + h.code},
                                 {QLatin1String("name_en"), QStringLiteral("Benchmark hall ") + h.code},
                                 {QLatin1String("address_zh"), QStringLiteral("四川省绵阳市")},
                                 {QLatin1String("timezone"), QStringLiteral("Asia/Shanghai")}});
        for (int w = 1; w <= h.windows; ++w) {
            windows.append(QJsonObject{{QLatin1String("hall"), h.code},
                                       {QLatin1String("number"), w},
                                       {QLatin1String("kind"), QStringLiteral("comprehensive")},
                                       {QLatin1String("categories"), QJsonArray()}});
            account(h.teller(w), "teller", h, QStringLiteral("%1-%2").arg(h.code).arg(w, 4, 10, QLatin1Char('0')));
        }
        account(h.kiosk(), "kiosk", h, {});
        account(h.display(), "display", h, {});
        devices.append(QJsonObject{{QLatin1String("code"), h.kioskDevice()}, {QLatin1String("kind"), QStringLiteral("kiosk")},
                                   {QLatin1String("hall"), h.code}, {QLatin1String("account"), h.kiosk()}});
        devices.append(QJsonObject{{QLatin1String("code"), h.displayDevice()}, {QLatin1String("kind"), QStringLiteral("display")},
                                   {QLatin1String("hall"), h.code}, {QLatin1String("account"), h.display()}});
    }
    return QJsonDocument(QJsonObject{{QLatin1String("halls"), halls},
                                     {QLatin1String("windows"), windows},
                                     {QLatin1String("accounts"), accounts},
                                     {QLatin1String("devices"), devices}})
        .toJson(QJsonDocument::Compact);
}

Status City::seedDatabase(const QString &path) const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    DatabaseLocation location;
    location.sqlitePath = path;
    auto db = ServerSchema::open(location);
    if (!db)
        return db.error();
    auto seeded = DemoCity::seed(*db.value(), seedJson(), PasswordHasher());
    if (!seeded)
        return seeded.error();
    // A login verifies its Argon2id hash on the server's one thread: about 0.1 s with the
    // interactive parameters DemoCity uses, so the city's ~1,300 accounts would take two
    // minutes to log in before the day could start. Hashes carry their own parameters and the
    // server verifies whatever it finds, so the benchmark's accounts get libsodium's cheapest.
    const QByteArray pw = password().toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, pw.constData(), static_cast<unsigned long long>(pw.size()), crypto_pwhash_OPSLIMIT_MIN,
                              crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{ErrorCode::Internal, QStringLiteral("cannot hash the benchmark password"), {}};
    return db.value()->run(QStringLiteral("UPDATE accounts SET password_hash = ?"), {QString::fromLatin1(hash)});
}

} // namespace ow::bench
