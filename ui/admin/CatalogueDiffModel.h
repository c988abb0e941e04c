#pragma once

#include "core/domain/catalogue/CatalogueDiff.h"

#include <QAbstractItemModel>

namespace ow {

// What a catalogue version changes, as a tree an administrator reads before putting it in force:
// groups (matters added, removed, changed; categories likewise), each matter under its group, and
// under a changed matter what changed in it (a property, a material added, removed or changed).
class CatalogueDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Kind { Group, Added, Removed, Changed, Detail };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int CodeRole = Qt::UserRole + 2; // a matter's, category's or material's code

    explicit CatalogueDiffModel(QObject *parent = nullptr);

    void setDiff(const CatalogueDiff &diff);
    void clear();
    const CatalogueDiff &diff() const { return m_diff; }
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString text;
        QString code;
        Kind kind = Group;
        int parent = -1;
        QList<int> children;
    };
    int add(int parent, Kind kind, const QString &text, const QString &code = {});
    void addGroup(const QString &title, Kind kind, const QList<CatalogueDiff::Named> &items);
    void build();
    int rowOf(int node) const;

    CatalogueDiff m_diff;
    bool m_shown = false;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace ow
