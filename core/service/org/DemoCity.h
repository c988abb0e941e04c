#pragma once

#include "core/domain/util/Error.h"

#include <QByteArray>

namespace ow {

class Database;
class PasswordHasher;

// Loads the demo city (halls, windows, staff, devices) from its JSON seed — an org document
// (OrgExchange) whose accounts carry their demo passwords. A database that already holds its
// first hall is left as it is.
class DemoCity
{
public:
    static QByteArray bundledJson(); // resources/demo/demo-city.json
    static Result<bool> seed(Database &db, const QByteArray &json, const PasswordHasher &hasher);
};

} // namespace ow
