#include "ui/admin/CatalogueDiffModel.h"

#include "ui/admin/AdminText.h"
#include "ui/admin/CatalogueText.h"

#include <QBrush>
#include <QColor>

namespace ow {

CatalogueDiffModel::CatalogueDiffModel(QObject *parent) : QAbstractItemModel(parent) {}

void CatalogueDiffModel::setDiff(const CatalogueDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    m_shown = true;
    build();
    endResetModel();
}

void CatalogueDiffModel::clear()
{
    beginResetModel();
    m_diff = {};
    m_shown = false;
    build();
    endResetModel();
}

void CatalogueDiffModel::retranslate()
{
    beginResetModel();
    build();
    endResetModel();
}

int CatalogueDiffModel::add(int parent, Kind kind, const QString &text, const QString &code)
{
    const int id = static_cast<int>(m_nodes.size());
    m_nodes.append(Node{text, code, kind, parent, {}});
    if (parent < 0)
        m_roots.append(id);
    else
        m_nodes[parent].children.append(id);
    return id;
}

void CatalogueDiffModel::addGroup(const QString &title, Kind kind, const QList<CatalogueDiff::Named> &items)
{
    if (items.isEmpty())
        return;
    const int group = add(-1, Group, title.arg(items.size()));
    for (const CatalogueDiff::Named &n : items)
        add(group, kind, CatalogueText::named(n), n.code);
}

void CatalogueDiffModel::build()
{
    m_nodes.clear();
    m_roots.clear();
    if (!m_shown)
        return;
    if (m_diff.isEmpty()) {
        add(-1, Group, tr("No differences from the version in force."));
        return;
    }
    addGroup(tr("Matters added (%1)"), Added, m_diff.added);
    addGroup(tr("Matters removed (%1)"), Removed, m_diff.removed);
    if (!m_diff.changed.isEmpty()) {
        const int group = add(-1, Group, tr("Matters changed (%1)").arg(m_diff.changed.size()));
        for (const CatalogueDiff::ChangedMatter &m : m_diff.changed) {
            const int matter = add(group, Changed, CatalogueText::named(m.matter), m.matter.code);
            for (const QString &p : m.properties)
                add(matter, Detail, tr("Changed: %1").arg(CatalogueText::property(p)), p);
            for (const CatalogueDiff::Named &x : m.materialsAdded)
                add(matter, Added, tr("Material added: %1").arg(AdminText::name(x.name)), x.code);
            for (const CatalogueDiff::Named &x : m.materialsRemoved)
                add(matter, Removed, tr("Material removed: %1").arg(AdminText::name(x.name)), x.code);
            for (const CatalogueDiff::Named &x : m.materialsChanged)
                add(matter, Detail, tr("Material changed: %1").arg(AdminText::name(x.name)), x.code);
        }
    }
    addGroup(tr("Categories added (%1)"), Added, m_diff.categoriesAdded);
    addGroup(tr("Categories removed (%1)"), Removed, m_diff.categoriesRemoved);
    addGroup(tr("Categories changed (%1)"), Changed, m_diff.categoriesChanged);
}

int CatalogueDiffModel::rowOf(int node) const
{
    const int parent = m_nodes.at(node).parent;
    return static_cast<int>(parent < 0 ? m_roots.indexOf(node) : m_nodes.at(parent).children.indexOf(node));
}

QModelIndex CatalogueDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(static_cast<int>(parent.internalId())).children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, static_cast<quintptr>(siblings.at(row)));
}

QModelIndex CatalogueDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(static_cast<int>(child.internalId())).parent;
    if (parent < 0)
        return {};
    return createIndex(rowOf(parent), 0, static_cast<quintptr>(parent));
}

int CatalogueDiffModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes.at(static_cast<int>(parent.internalId())).children.size());
}

int CatalogueDiffModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CatalogueDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes.at(static_cast<int>(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return n.text;
    case KindRole:
        return n.kind;
    case CodeRole:
        return n.code;
    case Qt::ForegroundRole:
        if (n.kind == Added)
            return QBrush(QColor(0x1e, 0x7d, 0x32));
        if (n.kind == Removed)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    default:
        return {};
    }
}

} // namespace ow
