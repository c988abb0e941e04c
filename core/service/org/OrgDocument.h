#pragma once

#include "core/domain/org/Org.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

#include <QJsonObject>

namespace ow {

// The org as one document (format "onewindow-org/1", that of resources/demo/demo-city.json): its
// rows read into the org's own types, and written from them. Reading refuses what cannot be a row
// at all (no code or user name, an unknown role or kind, a row listed twice); whether the rows may
// go into the org is OrgImportPlan's to say.
struct OrgDocument
{
    struct AccountEntry
    {
        Account account;  // without ids and hash
        QString password; // "" unless the document gives one (the demo does)
    };
    struct DeviceEntry
    {
        QString code;
        Role kind = Role::Kiosk;
        QString hall;
        QString account; // the user name it logs in with
        QJsonObject row; // as the document has it
    };
    // Which kind of row a refusal is about.
    enum class Row { Hall, Window, Account, Device };

    QList<Hall> halls; // without windows; parents before children, whatever the document's order
    QList<std::pair<QString, Window>> windows; // hall code, window
    QList<AccountEntry> accounts;
    QList<DeviceEntry> devices;

    static Result<OrgDocument> fromJson(const QByteArray &json);

    static QJsonObject hallRow(const Hall &hall);
    static QJsonObject windowRow(const QString &hallCode, const Window &window);
    static QJsonObject accountRow(const Account &account);
    static QJsonObject deviceRow(const QString &code, Role kind, const QString &hallCode, const QString &username);

    // `error` as the refusal of one row: its message starts with the row ("Hall MY-FC in the org
    // document: …") and "row" names it as {kind, key}. `window`: the number, with Row::Window
    // (`key` then being the hall's code).
    static Error atRow(Error error, Row row, const QString &key, int window = 0);
};

} // namespace ow
