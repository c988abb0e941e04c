#include "ui/admin/RiskRuleVersionModel.h"

#include "core/client/RiskRuleParameters.h"
#include "ui/admin/RiskRuleText.h"

#include <QFont>

namespace ow {

RiskRuleVersionModel::RiskRuleVersionModel(QObject *parent) : QAbstractTableModel(parent) {}

void RiskRuleVersionModel::setVersions(const QList<RiskRuleSet> &versions, const QTimeZone &zone)
{
    beginResetModel();
    m_versions = versions;
    m_zone = zone;
    endResetModel();
}

const RiskRuleSet *RiskRuleVersionModel::version(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

int RiskRuleVersionModel::rowOf(int version) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).version == version)
            return i;
    }
    return -1;
}

void RiskRuleVersionModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_versions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RiskRuleVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int RiskRuleVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RiskRuleVersionModel::changes(int row) const
{
    const RiskRuleSet &set = m_versions.at(row);
    if (set.version == 1)
        return tr("The rules shipped with the server");
    if (row + 1 >= m_versions.size() || m_versions.at(row + 1).version != set.version - 1)
        return QString(); // the version before it is not listed
    QStringList names;
    for (RiskRuleId id : RiskRuleParameters::changed(m_versions.at(row + 1), set)) {
        if (const RiskRule *r = set.rule(id))
            names << RiskRuleText::ruleName(*r);
    }
    return names.isEmpty() ? tr("No rule changed") : names.join(tr(", "));
}

QVariant RiskRuleVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskRuleSet &v = m_versions.at(index.row());
    if (role == VersionRole)
        return v.version;
    if (role == Qt::FontRole && index.row() == 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Changes)
        return changes(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Version:
        return index.row() == 0 ? tr("%1 (in force)").arg(v.version) : QString::number(v.version);
    case SavedBy:
        return v.changedBy.isEmpty() ? tr("(shipped)") : v.changedBy;
    case SavedAt:
        return RiskRuleText::time(v.changedAt, m_zone);
    case Changes:
        return changes(index.row());
    default:
        return {};
    }
}

QVariant RiskRuleVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version: return tr("Version");
    case SavedBy: return tr("Saved by");
    case SavedAt: return tr("Saved at");
    case Changes: return tr("Rules changed");
    default: return {};
    }
}

} // namespace ow
