#include "core/service/audit/AuditTrail.h"

#include "core/domain/util/Clock.h"
#include "core/service/audit/AuditSource.h"
#include "core/service/audit/AuditedTables.h"
#include "core/sql/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>

namespace ow {

namespace {

const QString kNoHash(64, QLatin1Char('0')); // the first row's previous hash

std::function<void(const QString &)> &writeHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QVariant sqlIdOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// BLAKE2b-256 over lines of text, fed one at a time (a table's rows for the seal).
class Digest
{
public:
    Digest() { crypto_generichash_init(&m_state, nullptr, 0, crypto_generichash_BYTES); }
    void add(const QByteArray &bytes)
    {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    QString hex()
    {
        QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), crypto_generichash_BYTES);
        return QString::fromLatin1(out.toHex());
    }

private:
    crypto_generichash_state m_state{};
};

} // namespace

QString AuditRow::computeHash() const
{
    const QJsonArray fields{id, at, idOrNull(actorId), idOrNull(hallId), device, window, action, subjectTable,
                            idOrNull(subjectId), content, reason};
    Digest d;
    d.add(prevHash.toLatin1());
    d.add(QByteArrayLiteral("\n"));
    d.add(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return d.hex();
}

qint64 AuditTrail::now() const
{
    static const SystemClock system;
    return (m_clock ? *m_clock : static_cast<const Clock &>(system)).now().toMSecsSinceEpoch();
}

Result<AuditTrail::Head> AuditTrail::head() const
{
    Head h;
    const Status read = m_db.select(QStringLiteral("SELECT id, at, hash FROM audit_trail ORDER BY id DESC LIMIT 1"), {},
                                    [&h](QSqlQuery &q) {
                                        if (q.next())
                                            h = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
                                    });
    if (!read)
        return read.error();
    return h;
}

Status AuditTrail::write(AuditRow row, const Head &previous)
{
    row.id = previous.id + 1;
    // Never before the row it follows, so a day's rows are one stretch of the chain even if the
    // clock is set back.
    row.at = std::max(now(), previous.at);
    row.device = AuditSource::current();
    row.prevHash = previous.id ? previous.hash : kNoHash;
    row.hash = row.computeHash();
    return m_db.run(QStringLiteral("INSERT INTO audit_trail (id, at, actor_id, hall_id, device, window_number, action, "
                                   "subject_table, subject_id, content, reason, prev_hash, hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {row.id, row.at, sqlIdOrNull(row.actorId), sqlIdOrNull(row.hallId), row.device, row.window, row.action,
                     row.subjectTable, sqlIdOrNull(row.subjectId), row.content, row.reason, row.prevHash, row.hash});
}

Result<qint64> AuditTrail::insert(const QString &table, const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    const auto both = [&]() -> Status {
        auto inserted = m_db.insert(sql, values);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return append(table, id);
    };
    // Inside the caller's transaction no savepoint of our own: its failure undoes both anyway.
    const Status st = m_db.inTransaction() ? both() : m_db.transaction(both);
    if (!st)
        return st.error();
    return id;
}

Status AuditTrail::append(const QString &table, qint64 id)
{
    const AuditedTable *covered = AuditedTables::find(table);
    if (!covered)
        return Error{ErrorCode::Internal, QStringLiteral("audit: %1 is not a covered table").arg(table), {}};
    auto previous = head();
    if (!previous)
        return previous.error();
    if (previous.value().id == 0) {
        // A database the seal has not reached (opened without ServerSchema::open): seal what was
        // there before this row, which gets its own audit row below.
        auto upTo = lastIds(m_db);
        if (!upTo)
            return upTo.error();
        upTo.value().insert(table, id - 1);
        if (auto sealed = sealUpTo(upTo.value(), Head{}); !sealed)
            return sealed;
        previous = head();
        if (!previous)
            return previous.error();
    }
    AuditRow row;
    row.subjectTable = table;
    row.subjectId = id;
    bool found = false;
    // One kept statement per table: the meta columns, then the content.
    const QString sql = QStringLiteral("SELECT %1, %2, %3, %4, %5, t.%6 FROM %7 t WHERE t.id = ?")
                            .arg(covered->actor, covered->hall, covered->window, covered->action, covered->at,
                                 covered->columns.join(QStringLiteral(", t.")), covered->name);
    const Status read = m_db.select(sql, {id}, [&](QSqlQuery &q) {
        if (!q.next())
            return;
        found = true;
        row.actorId = q.value(0).toLongLong();
        row.hallId = q.value(1).toLongLong();
        row.window = q.value(2).toInt();
        row.action = q.value(3).toString();
        const QJsonObject content = AuditedTables::content(q, *covered, 5);
        row.content = AuditedTables::canonical(content);
        if (covered->reason)
            row.reason = covered->reason(content);
    });
    if (!read)
        return read;
    if (!found)
        return Error{ErrorCode::Internal, QStringLiteral("audit: %1 %2 not found").arg(table).arg(id), {}};
    if (auto written = write(std::move(row), previous.value()); !written)
        return written;
    if (writeHook())
        m_db.afterCommit([table] {
            if (writeHook())
                writeHook()(table);
        });
    return okStatus();
}

void AuditTrail::setWriteHook(std::function<void(const QString &table)> hook)
{
    writeHook() = std::move(hook);
}

Result<QJsonObject> AuditTrail::lastIds(Database &db)
{
    QJsonObject out;
    for (const AuditedTable &table : AuditedTables::all()) {
        qint64 last = 0;
        if (auto st = db.select(QStringLiteral("SELECT MAX(id) FROM ") + table.name, {},
                                [&last](QSqlQuery &q) { last = q.next() ? q.value(0).toLongLong() : 0; });
            !st)
            return st.error();
        out.insert(table.name, last);
    }
    return out;
}

Result<QJsonObject> AuditTrail::sealContent(Database &db, const QJsonObject &upTo)
{
    QJsonObject sealed;
    for (const AuditedTable &table : AuditedTables::all()) {
        if (!upTo.contains(table.name))
            continue; // a table covered after this seal was made
        const qint64 last = upTo.value(table.name).toInteger();
        Digest digest;
        qint64 rows = 0;
        auto q = db.exec(table.contentSelect() + QStringLiteral(" WHERE id <= ? ORDER BY id"), {last});
        if (!q)
            return q.error();
        while (q.value().next()) {
            digest.add(AuditedTables::canonical(AuditedTables::content(q.value(), table)).toUtf8());
            digest.add(QByteArrayLiteral("\n"));
            ++rows;
        }
        sealed.insert(table.name, QJsonObject{{QLatin1String("last_id"), last}, {QLatin1String("rows"), rows},
                                              {QLatin1String("digest"), digest.hex()}});
    }
    return QJsonObject{{QLatin1String("sealed"), sealed}};
}

QJsonObject AuditTrail::sealedUpTo(const QString &sealContentText)
{
    const QJsonObject sealed = QJsonDocument::fromJson(sealContentText.toUtf8()).object().value(QLatin1String("sealed")).toObject();
    QJsonObject upTo;
    for (auto it = sealed.begin(); it != sealed.end(); ++it)
        upTo.insert(it.key(), it.value().toObject().value(QLatin1String("last_id")).toInteger());
    return upTo;
}

Status AuditTrail::sealUpTo(const QJsonObject &upTo, const Head &previous)
{
    auto content = sealContent(m_db, upTo);
    if (!content)
        return content.error();
    AuditRow row;
    row.action = QStringLiteral("audit.seal");
    row.content = AuditedTables::canonical(content.value());
    if (auto written = write(std::move(row), previous); !written)
        return written;
    // Whatever a migration left to seal is sealed now (by the first seal, every table is).
    return m_db.run(QStringLiteral("DELETE FROM audit_pending_seals"), {});
}

Status AuditTrail::seal()
{
    return m_db.transaction([this]() -> Status {
        auto previous = head();
        if (!previous)
            return previous.error();
        if (previous.value().id == 0) {
            auto upTo = lastIds(m_db);
            if (!upTo)
                return upTo.error();
            return sealUpTo(upTo.value(), Head{});
        }
        // Tables covered since the chain began (a migration names them): their earlier rows are
        // sealed by a seal row in the chain, and their new rows are chained one by one from here.
        QJsonObject upTo;
        const Status read = m_db.select(QStringLiteral("SELECT table_name FROM audit_pending_seals ORDER BY table_name"), {},
                                        [&upTo](QSqlQuery &q) {
                                            while (q.next())
                                                upTo.insert(q.value(0).toString(), 0);
                                        });
        if (!read || upTo.isEmpty())
            return read;
        auto last = lastIds(m_db);
        if (!last)
            return last.error();
        for (auto it = upTo.begin(); it != upTo.end(); ++it)
            it.value() = last.value().value(it.key());
        return sealUpTo(upTo, previous.value());
    });
}

} // namespace ow
