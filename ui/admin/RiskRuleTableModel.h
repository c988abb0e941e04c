#pragma once

#include "core/domain/risk/RiskTypes.h"

#include <QAbstractTableModel>
#include <QSet>

namespace ow {

// The rules of one risk rule set, one row each: the rule's name in the screen's language, the
// level of its alerts (high ones in red), whether it runs, and its parameters in one line. Rules
// changed and not yet saved are bold; rules the server found a problem in are red, with the
// problem in their tooltip.
class RiskRuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Level, Enabled, Parameters, ColumnCount };
    static constexpr int RuleIdRole = Qt::UserRole + 1; // the rule's id: duplicate_claim, …

    explicit RiskRuleTableModel(QObject *parent = nullptr);

    void setRules(const QList<RiskRule> &rules);
    // One rule changed in place (same id, same row).
    void updateRule(int row, const RiskRule &rule);
    void setChanged(const QSet<RiskRuleId> &changed);
    // Row → the server's first problem with that rule ("" clears them all).
    void setProblems(const QHash<int, QString> &problems);
    const RiskRule *rule(int row) const;
    int rowOf(RiskRuleId id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void everythingChanged();

    QList<RiskRule> m_rules;
    QSet<RiskRuleId> m_changed;
    QHash<int, QString> m_problems;
};

} // namespace ow
