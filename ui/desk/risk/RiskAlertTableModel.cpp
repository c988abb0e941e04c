#include "ui/desk/risk/RiskAlertTableModel.h"

#include "ui/common/LanguageManager.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ow {

namespace {
const QColor kHigh(0xb3, 0x26, 0x1e);
const QColor kMedium(0xb2, 0x5e, 0x00);
const QColor kLow(0x1e, 0x6b, 0x3a);
const QColor kDisposed(0x5f, 0x63, 0x68);
} // namespace

RiskAlertTableModel::RiskAlertTableModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RiskAlertTableModel::hallTime(const QList<Hall> &halls, const QString &code, const QDateTime &at, const QString &format)
{
    if (!at.isValid())
        return {};
    for (const Hall &h : halls) {
        if (h.code == code)
            return at.toTimeZone(timeZoneOf(h)).toString(format);
    }
    return at.toLocalTime().toString(format);
}

void RiskAlertTableModel::setAlerts(const QList<RiskAlert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

void RiskAlertTableModel::setHalls(const QList<Hall> &halls)
{
    m_halls = halls;
    everythingChanged();
}

const RiskAlert *RiskAlertTableModel::at(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int RiskAlertTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).id == id)
            return i;
    }
    return -1;
}

void RiskAlertTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    everythingChanged();
}

void RiskAlertTableModel::everythingChanged()
{
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RiskAlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int RiskAlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RiskAlertTableModel::subjectText(const RiskSubject &subject)
{
    switch (subject.kind) {
    case RiskSubjectKind::Staff:
        return subject.name.isEmpty() ? tr("Staff %1").arg(subject.ref) : tr("Staff %1 (%2)").arg(subject.name, subject.ref);
    case RiskSubjectKind::Resident:
        return tr("Resident %1").arg(subject.ref);
    case RiskSubjectKind::Ticket:
        return tr("Ticket %1").arg(subject.ref);
    case RiskSubjectKind::Case:
        return tr("Case %1").arg(subject.ref);
    }
    return subject.ref;
}

QString RiskAlertTableModel::evidenceKindText(RiskEvidenceKind kind)
{
    switch (kind) {
    case RiskEvidenceKind::TicketEvent:
        return tr("Queue record");
    case RiskEvidenceKind::CaseEvent:
        return tr("Case record");
    case RiskEvidenceKind::Lookup:
        return tr("Citizen lookup");
    }
    return {};
}

QString RiskAlertTableModel::actionText(RiskDisposalAction action)
{
    switch (action) {
    case RiskDisposalAction::Confirm:
        return tr("Confirmed");
    case RiskDisposalAction::Dismiss:
        return tr("Dismissed");
    case RiskDisposalAction::Escalate:
        return tr("Escalated");
    }
    return {};
}

QColor RiskAlertTableModel::levelColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return kHigh;
    case RiskLevel::Medium:
        return kMedium;
    case RiskLevel::Low:
        return kLow;
    }
    return kDisposed;
}

QString RiskAlertTableModel::hallName(const QList<Hall> &halls, const QString &code)
{
    for (const Hall &h : halls) {
        if (h.code == code)
            return h.name.in(LanguageManager::current());
    }
    return code;
}

QVariant RiskAlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskAlert &a = m_alerts.at(index.row());
    const bool waiting = a.status == RiskAlertStatus::Open || a.status == RiskAlertStatus::Escalated;
    switch (role) {
    case IdRole:
        return a.id;
    case StatusRole:
        return toString(a.status);
    case LevelRole:
        return toString(a.level);
    case Qt::ForegroundRole:
        if (index.column() == Level)
            return QBrush(levelColor(a.level));
        if (!waiting)
            return QBrush(kDisposed);
        return {};
    case Qt::FontRole:
        if (waiting && (index.column() == Level || index.column() == Status)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Summary || index.column() == Subject)
            return a.summary;
        if (index.column() == HallColumn && a.owner != a.hall)
            return tr("Waiting for %1").arg(hallName(m_halls, a.owner));
        if (index.column() == HallColumn)
            return hallName(m_halls, a.hall);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Level:
        return riskLevelText(a.level);
    case Status:
        return riskAlertStatusText(a.status);
    case Rule: {
        const QString name = a.ruleName.in(LanguageManager::current());
        return name.isEmpty() ? toString(a.rule) : name;
    }
    case HallColumn:
        return hallName(m_halls, a.hall);
    case Subject:
        return subjectText(a.subject);
    case Summary:
        return a.summary;
    case RaisedAt:
        return hallTime(m_halls, a.hall, a.raisedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
    case Evidence:
        return a.evidenceCount;
    default:
        return {};
    }
}

QVariant RiskAlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level:
        return tr("Level");
    case Status:
        return tr("Status");
    case Rule:
        return tr("Rule");
    case HallColumn:
        return tr("Hall");
    case Subject:
        return tr("Subject");
    case Summary:
        return tr("Finding");
    case RaisedAt:
        return tr("Raised at");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace ow
