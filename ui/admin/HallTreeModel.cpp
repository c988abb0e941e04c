#include "ui/admin/HallTreeModel.h"

#include "ui/admin/AdminText.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace ow {

HallTreeModel::HallTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    rebuild();
}

HallTreeModel::~HallTreeModel() = default;

void HallTreeModel::setHalls(const QList<AdminHall> &halls)
{
    beginResetModel();
    m_halls = halls;
    rebuild();
    endResetModel();
}

void HallTreeModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    beginResetModel();
    m_showArchived = show;
    rebuild();
    endResetModel();
}

void HallTreeModel::rebuild()
{
    m_nodes.clear();
    m_nodes.push_back(std::make_unique<Node>());
    Node *root = m_nodes.front().get();
    QHash<QString, Node *> byCode;
    for (qsizetype i = 0; i < m_halls.size(); ++i) {
        if (m_halls.at(i).archived && !m_showArchived)
            continue;
        auto node = std::make_unique<Node>();
        node->hall = i;
        byCode.insert(m_halls.at(i).code, node.get());
        m_nodes.push_back(std::move(node));
    }
    // Parents are linked after every node exists: the list need not be in tree order. A parent
    // that is not shown (archived, or not managed by this administrator) makes the hall a root.
    for (size_t n = 1; n < m_nodes.size(); ++n) {
        Node *node = m_nodes[n].get();
        Node *parent = byCode.value(m_halls.at(node->hall).parent, root);
        // Guard against a loop in bad data: a hall never hangs below itself.
        for (Node *up = parent; up != root && up; up = up->parent) {
            if (up == node) {
                parent = root;
                break;
            }
        }
        node->parent = parent;
    }
    for (size_t n = 1; n < m_nodes.size(); ++n) {
        Node *node = m_nodes[n].get();
        node->row = static_cast<int>(node->parent->children.size());
        node->parent->children.append(node);
    }
}

const HallTreeModel::Node *HallTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_nodes.front().get();
}

const AdminHall *HallTreeModel::hall(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_halls.at(nodeOf(index)->hall);
}

QModelIndex HallTreeModel::indexOf(const QString &code) const
{
    for (size_t n = 1; n < m_nodes.size(); ++n) {
        const Node *node = m_nodes[n].get();
        if (m_halls.at(node->hall).code == code)
            return createIndex(node->row, 0, node);
    }
    return {};
}

void HallTreeModel::retranslate()
{
    beginResetModel();
    endResetModel();
}

QModelIndex HallTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row >= p->children.size())
        return {};
    return createIndex(row, column, p->children.at(row));
}

QModelIndex HallTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    if (!node->parent || node->parent == m_nodes.front().get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int HallTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int HallTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HallTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AdminHall &h = m_halls.at(nodeOf(index)->hall);
    if (role == CodeRole)
        return h.code;
    if (role == Qt::ForegroundRole)
        return h.archived ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return AdminText::name(h.name());
    case Code:
        return h.code;
    case Level:
        return orgLevelDisplayName(h.level);
    case Windows: {
        int inService = 0;
        for (const AdminWindow &w : h.windows)
            inService += w.retired ? 0 : 1;
        return inService;
    }
    case State:
        return AdminText::hallState(h);
    default:
        return {};
    }
}

QVariant HallTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Hall");
    case Code:
        return tr("Code");
    case Level:
        return tr("Level");
    case Windows:
        return tr("Windows");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace ow
