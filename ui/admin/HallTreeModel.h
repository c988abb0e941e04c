#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace ow {

// The halls an administrator manages, as their tree (city → county → township → community): name,
// code, level, windows in service and state. A hall whose parent is not listed (a hall
// administrator's own hall) is a root. Archived halls are left out unless asked for.
class HallTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Code, Level, Windows, State, ColumnCount };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit HallTreeModel(QObject *parent = nullptr);
    ~HallTreeModel() override;

    void setHalls(const QList<AdminHall> &halls);
    void setShowArchived(bool show);
    bool showsArchived() const { return m_showArchived; }
    const AdminHall *hall(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &code) const; // column 0; invalid when not shown
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        qsizetype hall = -1; // into m_halls; -1 for the invisible root
        Node *parent = nullptr;
        int row = 0;
        QList<Node *> children;
    };
    void rebuild();
    const Node *nodeOf(const QModelIndex &index) const;

    QList<AdminHall> m_halls;
    bool m_showArchived = false;
    std::vector<std::unique_ptr<Node>> m_nodes; // owns every node; m_nodes[0] is the root
};

} // namespace ow
