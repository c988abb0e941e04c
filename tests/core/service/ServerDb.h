#pragma once

#include "core/domain/org/Org.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ow::test {

// A fresh server database for one test: a real SQLite file with the server's whole schema, in a
// temporary folder that goes away with it.
class ServerDb
{
public:
    // Empty, or a copy of `seeded` (a file another ServerDb prepared and released with
    // checkpoint(), so slow seeding — the catalogue, Argon2id hashes — happens once per suite).
    explicit ServerDb(const QString &seeded = {})
    {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary directory");
        if (!seeded.isEmpty() && !QFile::copy(seeded, path()))
            qFatal("cannot copy %s", qPrintable(seeded));
        auto db = ServerSchema::open(DatabaseLocation::parse(m_dir.filePath(QStringLiteral("server.sqlite"))));
        if (!db)
            qFatal("cannot open the server schema: %s", qPrintable(db.error().detail));
        m_db = std::move(db).value();
    }

    Database &operator*() const { return *m_db; }
    Database *operator->() const { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }

    // A hall with its windows (comprehensive unless categories are given); its id.
    qint64 addHall(const QString &code, OrgLevel level = OrgLevel::City, const QString &parent = {},
                   const QString &zone = QStringLiteral("Asia/Shanghai"), int windows = 0) const
    {
        Hall h;
        h.code = code;
        h.level = level;
        h.parentCode = parent;
        h.name = {code + QStringLiteral("大厅"), code + QStringLiteral(" hall")};
        h.timeZone = zone;
        const OrgRepository org(*m_db);
        auto id = org.insertHall(h);
        if (!id)
            qFatal("cannot add hall %s: %s", qPrintable(code), qPrintable(id.error().detail));
        for (int n = 1; n <= windows; ++n) {
            if (!org.insertWindow(id.value(), Window{n, WindowKind::Comprehensive, {}, {}}))
                qFatal("cannot add a window");
        }
        return id.value();
    }

    // Everything written so far into the main file, so the file alone can be copied.
    void checkpoint() const
    {
        if (!m_db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qFatal("checkpoint failed");
    }

    Status run(const QString &sql, const QVariantList &values = {}) const { return m_db->run(sql, values); }

    // The number of rows `sql` counts.
    int count(const QString &sql, const QVariantList &values = {}) const
    {
        auto q = m_db->exec(sql, values);
        if (!q || !q.value().next())
            return -1;
        return q.value().value(0).toInt();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace ow::test
