#pragma once

#include "core/domain/api/CatalogueVersionBodies.h"

#include <QAbstractTableModel>

namespace ow {

// The catalogue versions, newest import first: version, state, how many matters, when and by
// whom imported, and when in force (or from which day).
class CatalogueVersionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Version, State, Matters, Imported, InForce, ColumnCount };
    static constexpr int VersionRole = Qt::UserRole + 1;

    explicit CatalogueVersionTableModel(QObject *parent = nullptr);

    void setVersions(const QList<CatalogueVersionInfo> &versions);
    const CatalogueVersionInfo *version(int row) const;
    int rowOf(const QString &version) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CatalogueVersionInfo> m_versions;
};

} // namespace ow
