#pragma once

#include "core/domain/util/Error.h"

#include <QByteArray>

namespace ow {

class Catalogue;
class Database;
class PasswordHasher;

// Loads the demo city (halls, windows, staff, devices) from its JSON seed — an org document
// (OrgExchange) whose accounts carry their demo passwords. It obeys every rule an imported
// document does but the password policy: the demo's passwords are short and well known on purpose.
// A database that already holds its first hall is left as it is.
class DemoCity
{
public:
    static QByteArray bundledJson(); // resources/demo/demo-city.json
    // `catalogue`: the categories and matters the seed names are checked against it.
    static Result<bool> seed(Database &db, const QByteArray &json, const PasswordHasher &hasher,
                             const Catalogue *catalogue = nullptr);
};

} // namespace ow
