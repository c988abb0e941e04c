#include "ui/admin/RiskRuleTableModel.h"

#include "ui/admin/RiskRuleText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ow {

RiskRuleTableModel::RiskRuleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RiskRuleTableModel::setRules(const QList<RiskRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    m_problems.clear();
    endResetModel();
}

void RiskRuleTableModel::updateRule(int row, const RiskRule &rule)
{
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules[row] = rule;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RiskRuleTableModel::setChanged(const QSet<RiskRuleId> &changed)
{
    m_changed = changed;
    everythingChanged();
}

void RiskRuleTableModel::setProblems(const QHash<int, QString> &problems)
{
    m_problems = problems;
    everythingChanged();
}

const RiskRule *RiskRuleTableModel::rule(int row) const
{
    return row >= 0 && row < m_rules.size() ? &m_rules.at(row) : nullptr;
}

int RiskRuleTableModel::rowOf(RiskRuleId id) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == id)
            return i;
    }
    return -1;
}

void RiskRuleTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    everythingChanged();
}

void RiskRuleTableModel::everythingChanged()
{
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RiskRuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int RiskRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RiskRule &r = m_rules.at(index.row());
    const bool problem = m_problems.contains(index.row());
    switch (role) {
    case RuleIdRole:
        return toString(r.id);
    case Qt::FontRole:
        if (m_changed.contains(r.id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (problem)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (!r.enabled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Level && r.level == RiskLevel::High)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::ToolTipRole:
        if (problem)
            return m_problems.value(index.row());
        return index.column() == Parameters || index.column() == Name ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m_changed.contains(r.id) ? tr("%1 (changed)").arg(RiskRuleText::ruleName(r)) : RiskRuleText::ruleName(r);
        case Level:
            return riskLevelText(r.level);
        case Enabled:
            return RiskRuleText::enabled(r.enabled);
        case Parameters:
            return RiskRuleText::summary(r);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RiskRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Rule");
    case Level: return tr("Level");
    case Enabled: return tr("Runs");
    case Parameters: return tr("Parameters");
    default: return {};
    }
}

} // namespace ow
