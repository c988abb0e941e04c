#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace ow {

// One table whose every row the audit trail covers: rows written once (events, administrative
// changes, lookups of a person, rectification contacts), never updated or deleted.
struct AuditedTable
{
    QString name;
    // The row's canonical content, in this order. A column added to the table later is covered
    // only once added here, at the end; a column is never taken out (old rows would not verify).
    QStringList columns;
    // SQL expressions over the row `t` giving the audit row's who, where and what.
    QString at;
    QString actor;
    QString hall;
    QString window;
    QString action;
    // The reason recorded with the row where there is one (a refusal, an out-of-order call…).
    QString (*reason)(const QJsonObject &content) = nullptr;

    // SELECT of the content columns (from the first), by id or in id order.
    QString contentSelect() const;
};

// The covered tables and the canonical form shared by the writer (AuditTrail) and the checker
// (AuditVerifier), so both read a row exactly alike.
class AuditedTables
{
public:
    static const QList<AuditedTable> &all();
    static const AuditedTable *find(const QString &name);
    // The row at the query's current position, columns `first`… as named: integers as JSON
    // integers, NULL as null, anything else as text.
    static QJsonObject content(const QSqlQuery &row, const AuditedTable &table, int first = 0);
    // Compact JSON, keys sorted: the text that is hashed and stored.
    static QString canonical(const QJsonObject &content);
};

} // namespace ow
