#pragma once

#include "core/domain/util/Error.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ow::bench {

// One generated hall: its place in the city, its windows and its share of the day's tickets.
struct CityHall
{
    QString code;   // MY-B001 …
    QString level;  // city, county, township
    QString parent; // empty for the city hall
    int windows = 0;
    int tickets = 0;

    // Accounts: one kiosk, one display, one teller per window. User names are lower case (the
    // server refuses others, AdminRules::usernameProblem); the kiosk's and display's device codes
    // are upper case, like every code (AdminRules::codeProblem).
    QString kiosk() const { return QStringLiteral("kiosk-") + code.toLower(); }
    QString display() const { return QStringLiteral("display-") + code.toLower(); }
    QString teller(int window) const { return QStringLiteral("teller-%1-%2").arg(code.toLower()).arg(window, 2, 10, QLatin1Char('0')); }
    QString kioskDevice() const { return QStringLiteral("KIOSK-") + code; }
    QString displayDevice() const { return QStringLiteral("DISPLAY-") + code; }
};

// A city of `halls` halls shaped like the bundled demo city, only larger: one city hall
// (12 windows), one county hall for every twelve halls (6 windows) and townships under them
// (2–4 windows). The day's tickets are shared in proportion to windows, so every hall's line
// empties at about the same time.
class City
{
public:
    static City generate(int halls, int tickets, unsigned seed);

    // The city in the JSON shape of resources/demo/demo-city.json, for DemoCity::seed.
    QByteArray seedJson() const;
    // Creates the server's database at `path` (schema, then the city). Every account gets the
    // same password with a cheap Argon2id hash (see City.cpp).
    Status seedDatabase(const QString &path) const;

    const std::vector<CityHall> &halls() const { return m_halls; }
    int windowCount() const;
    int accountCount() const { return 2 * static_cast<int>(m_halls.size()) + windowCount(); }
    int count(const QString &level) const;
    static QString password() { return QStringLiteral("cityday1234"); }

private:
    std::vector<CityHall> m_halls;
};

} // namespace ow::bench
