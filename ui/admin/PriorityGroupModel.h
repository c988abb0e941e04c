#pragma once

#include "core/domain/queue/PriorityGroups.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ow {

// A hall's priority groups (绿色通道) as the administrator edits them, in the order a kiosk
// offers them: code, Chinese name, English name, each cell editable; groups added, removed and
// moved. A cell the rules or the server find fault with is marked, its reason as its tooltip.
class PriorityGroupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, NameZh, NameEn, ColumnCount };

    explicit PriorityGroupModel(QObject *parent = nullptr);

    void setGroups(const QList<PriorityGroup> &groups);
    const QList<PriorityGroup> &groups() const { return m_groups; }
    // A new, empty group at the end; its row.
    int addGroup();
    void removeGroup(int row);
    // Moves a group one place up (-1) or down (+1); false at either end.
    bool moveGroup(int row, int delta);
    // The problems by field as the API names them ("priority_groups[2].name_zh" → reason); the
    // others are ignored.
    void setProblems(const QHash<QString, QString> &problems);
    QString problem(int row, int column) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The administrator changed the list (not setGroups()).
    void edited();

private:
    static QString fieldOf(int row, int column);

    QList<PriorityGroup> m_groups;
    QHash<QString, QString> m_problems;
};

} // namespace ow
