#include "core/service/store/TrainingRepository.h"

#include "core/sql/Database.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace ow {

namespace {
QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// What was stored by this program reads back; a row that does not is read as empty.
template<typename T>
T orEmpty(Result<T> r)
{
    return r ? std::move(r).value() : T{};
}

QString textOf(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kSessionColumns = QStringLiteral(
    "SELECT s.id, h.code, t.username, r.username, s.title, s.started_at, s.ended_at, s.scenario, s.hall_id, s.trainee_id, s.trainer_id, "
    "(SELECT COUNT(*) FROM training_arrivals a WHERE a.session_id = s.id), "
    "(SELECT COUNT(*) FROM training_arrivals a WHERE a.session_id = s.id AND a.ticket_id IS NOT NULL), "
    "(SELECT COUNT(*) FROM training_arrivals a JOIN tickets k ON k.id = a.ticket_id WHERE a.session_id = s.id "
    "AND k.state IN ('finished', 'no_show', 'cancelled')) "
    "FROM training_sessions s JOIN halls h ON h.id = s.hall_id JOIN accounts t ON t.id = s.trainee_id "
    "LEFT JOIN accounts r ON r.id = s.trainer_id ");

const QString kArrivalColumns = QStringLiteral("SELECT session_id, idx, citizen, due_at, ticket_id, rated FROM training_arrivals ");

TrainingArrivalRecord arrivalFrom(const QSqlQuery &q)
{
    TrainingArrivalRecord a;
    a.sessionId = q.value(0).toLongLong();
    a.index = q.value(1).toInt();
    a.citizen = orEmpty(TrainingCitizen::fromJson(objectOf(q.value(2).toString())));
    a.dueAt = instant(q.value(3));
    a.ticketId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    a.rated = q.value(5).toInt() != 0;
    return a;
}
} // namespace

Result<qint64> TrainingRepository::insertSession(const TrainingSessionRecord &r) const
{
    return m_db.insert(QStringLiteral("INSERT INTO training_sessions (hall_id, trainee_id, trainer_id, title, scenario, started_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {r.hallId, r.traineeId, r.trainerId > 0 ? QVariant(r.trainerId) : QVariant(), r.scenario.title,
                        textOf(r.scenario.toJson()), r.session.startedAt.toMSecsSinceEpoch()});
}

Status TrainingRepository::insertArrival(const TrainingArrivalRecord &a) const
{
    return m_db.run(QStringLiteral("INSERT INTO training_arrivals (session_id, idx, citizen, due_at) VALUES (?, ?, ?, ?)"),
                    {a.sessionId, a.index, textOf(a.citizen.toJson()), a.dueAt.toMSecsSinceEpoch()});
}

Status TrainingRepository::end(qint64 sessionId, const QDateTime &at) const
{
    return m_db.run(QStringLiteral("UPDATE training_sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL"),
                    {at.toMSecsSinceEpoch(), sessionId});
}

Status TrainingRepository::setTicket(qint64 sessionId, int index, qint64 ticketId) const
{
    return m_db.run(QStringLiteral("UPDATE training_arrivals SET ticket_id = ? WHERE session_id = ? AND idx = ?"),
                    {ticketId, sessionId, index});
}

Status TrainingRepository::setRated(qint64 sessionId, int index) const
{
    return m_db.run(QStringLiteral("UPDATE training_arrivals SET rated = 1 WHERE session_id = ? AND idx = ?"), {sessionId, index});
}

Result<QList<TrainingSessionRecord>> TrainingRepository::sessionsWhere(const QString &where, const QVariantList &values) const
{
    auto q = m_db.exec(kSessionColumns + where, values);
    if (!q)
        return q.error();
    QList<TrainingSessionRecord> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        TrainingSessionRecord r;
        r.session.id = row.value(0).toLongLong();
        r.session.hall = row.value(1).toString();
        r.session.trainee = row.value(2).toString();
        r.session.trainer = row.value(3).toString();
        r.session.title = row.value(4).toString();
        r.session.startedAt = instant(row.value(5));
        r.session.endedAt = instant(row.value(6));
        r.scenario = orEmpty(TrainingScenario::fromJson(objectOf(row.value(7).toString())));
        r.hallId = row.value(8).toLongLong();
        r.traineeId = row.value(9).toLongLong();
        r.trainerId = row.value(10).toLongLong();
        r.session.arrivals = row.value(11).toInt();
        r.session.issued = row.value(12).toInt();
        r.session.finished = row.value(13).toInt();
        r.session.mistakes = -1;
        out.append(r);
    }
    return out;
}

Result<std::optional<TrainingSessionRecord>> TrainingRepository::session(qint64 id) const
{
    auto rows = sessionsWhere(QStringLiteral("WHERE s.id = ?"), {id});
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? std::nullopt : std::optional(rows.value().first());
}

Result<QList<TrainingSessionRecord>> TrainingRepository::sessions(const QString &hallCode) const
{
    return sessionsWhere(QStringLiteral("WHERE h.code = ? ORDER BY s.id DESC"), {hallCode});
}

Result<QList<qint64>> TrainingRepository::runningSessionIds() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM training_sessions WHERE ended_at IS NULL ORDER BY id"));
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<std::optional<qint64>> TrainingRepository::runningAt(qint64 hallId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM training_sessions WHERE hall_id = ? AND ended_at IS NULL"), {hallId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional(q.value().value(0).toLongLong());
}

Result<QList<TrainingArrivalRecord>> TrainingRepository::arrivals(qint64 sessionId) const
{
    auto q = m_db.exec(kArrivalColumns + QStringLiteral("WHERE session_id = ? ORDER BY idx"), {sessionId});
    if (!q)
        return q.error();
    QList<TrainingArrivalRecord> out;
    while (q.value().next())
        out.append(arrivalFrom(q.value()));
    return out;
}

Result<std::optional<TrainingArrivalRecord>> TrainingRepository::arrivalOfTicket(qint64 ticketId) const
{
    auto q = m_db.exec(kArrivalColumns + QStringLiteral("WHERE ticket_id = ?"), {ticketId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<TrainingArrivalRecord>();
    return std::optional(arrivalFrom(q.value()));
}

Result<QList<TrainingCaseFact>> TrainingRepository::casesOf(qint64 ticketId) const
{
    // A case's intake decision is the first step of its timeline.
    auto q = m_db.exec(QStringLiteral("SELECT c.case_number, c.service_code, c.materials, e.action, e.note FROM cases c "
                                      "JOIN case_events e ON e.id = (SELECT MIN(id) FROM case_events WHERE case_id = c.id) "
                                      "WHERE c.ticket_id = ? ORDER BY c.id"),
                       {ticketId});
    if (!q)
        return q.error();
    QList<TrainingCaseFact> out;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        TrainingCaseFact f;
        f.number = row.value(0).toString();
        f.service = row.value(1).toString();
        const QJsonObject materials = objectOf(row.value(2).toString());
        for (auto it = materials.begin(); it != materials.end(); ++it) {
            if (auto status = materialStatusFromString(it.value().toString()))
                f.materials.insert(it.key(), *status);
        }
        f.decision = caseActionFromString(row.value(3).toString()).value_or(CaseAction::Accept);
        f.reason = row.value(4).toString();
        out.append(f);
    }
    return out;
}

Result<QMap<QString, RatingLevel>> TrainingRepository::ratingsOf(qint64 ticketId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT service_code, level FROM ratings WHERE ticket_id = ?"), {ticketId});
    if (!q)
        return q.error();
    QMap<QString, RatingLevel> out;
    while (q.value().next()) {
        if (auto level = ratingLevelFromString(q.value().value(1).toString()))
            out.insert(q.value().value(0).toString(), *level);
    }
    return out;
}

} // namespace ow
