#pragma once

#include "core/domain/catalogue/Catalogue.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace ow {

// The catalogue as a two-level tree: categories, then their service items.
// Columns: name, code, kind (on the spot / committed with its time limit).
class CatalogueModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, KindColumn, ColumnCount };
    enum Roles { ServiceCodeRole = Qt::UserRole + 1, SearchTextRole };

    explicit CatalogueModel(QObject *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    const Catalogue *catalogue() const { return m_catalogue ? &*m_catalogue : nullptr; }
    const ServiceItem *serviceAt(const QModelIndex &index) const;
    void refreshLanguage(); // names follow the current UI language

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal id: 0 for a category row, category index + 1 for a service row.
    std::optional<Catalogue> m_catalogue;
    QList<QList<const ServiceItem *>> m_byCategory;
};

// Filters services by what the teller types (core's CatalogueSearch); categories stay while
// any of their services matches.
class CatalogueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogueFilterModel(QObject *parent = nullptr);
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
};

QString serviceKindText(const ServiceItem &item); // translated "On the spot" / "Committed, N working days"

} // namespace ow
