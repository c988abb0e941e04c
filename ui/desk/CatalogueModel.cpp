#include "ui/desk/CatalogueModel.h"

#include "ui/common/LanguageManager.h"

#include <QCoreApplication>

namespace ow {

QString serviceKindText(const ServiceItem &item)
{
    if (item.kind == ServiceKind::OnTheSpot)
        return CatalogueModel::tr("On the spot");
    return CatalogueModel::tr("Committed, %n working day(s)", nullptr, item.timeLimitDays);
}

CatalogueModel::CatalogueModel(QObject *parent) : QAbstractItemModel(parent) {}

void CatalogueModel::setCatalogue(const Catalogue &catalogue)
{
    beginResetModel();
    m_catalogue = catalogue;
    m_byCategory.clear();
    for (const Category &c : m_catalogue->categories()) {
        QList<const ServiceItem *> items;
        for (const ServiceItem &s : m_catalogue->services()) {
            if (s.category == c.code)
                items.append(&s);
        }
        m_byCategory.append(items);
    }
    endResetModel();
}

void CatalogueModel::refreshLanguage()
{
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int c = 0; c < rowCount(); ++c) {
        const QModelIndex parentIndex = index(c, 0);
        if (rowCount(parentIndex) > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(rowCount(parentIndex) - 1, ColumnCount - 1, parentIndex));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const ServiceItem *CatalogueModel::serviceAt(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.internalId() == 0)
        return nullptr;
    return m_byCategory.value(static_cast<qsizetype>(idx.internalId() - 1)).value(idx.row());
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CatalogueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    if (!m_catalogue)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_byCategory.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return static_cast<int>(m_byCategory.value(parent.row()).size());
    return 0;
}

int CatalogueModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogueModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid() || !m_catalogue)
        return {};
    const QString lang = LanguageManager::current();
    if (idx.internalId() == 0) {
        const Category &c = m_catalogue->categories().at(idx.row());
        if (role == Qt::DisplayRole && idx.column() == NameColumn)
            return QStringLiteral("%1  %2 (%3)").arg(c.prefix, c.name.in(lang)).arg(m_byCategory.value(idx.row()).size());
        return {};
    }
    const ServiceItem *s = serviceAt(idx);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (idx.column() == NameColumn)
            return s->name.in(lang);
        if (idx.column() == CodeColumn)
            return s->code;
        if (idx.column() == KindColumn)
            return serviceKindText(*s);
        return {};
    case Qt::ToolTipRole:
        return lang == QLatin1String("en") ? s->name.zh : s->name.en;
    case ServiceCodeRole:
        return s->code;
    default:
        return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

CatalogueFilterModel::CatalogueFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void CatalogueFilterModel::setQuery(const QString &query)
{
    m_query = query;
    invalidateFilter();
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_query.trimmed().isEmpty())
        return true;
    const auto *model = static_cast<const CatalogueModel *>(sourceModel());
    const ServiceItem *s = model->serviceAt(model->index(sourceRow, 0, sourceParent));
    return s && CatalogueSearch::matches(*s, m_query);
}

} // namespace ow
