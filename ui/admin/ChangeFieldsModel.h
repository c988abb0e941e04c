#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QAbstractTableModel>

namespace ow {

class Catalogue;

// The fields one change touched: field, before, after.
class ChangeFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Before, After, ColumnCount };

    explicit ChangeFieldsModel(QObject *parent = nullptr);

    void setChange(const AdminChange *change); // null: empty
    void setCatalogue(const Catalogue *catalogue); // for the categories' names; may be null
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AdminChangeField> m_fields;
    const Catalogue *m_catalogue = nullptr;
};

} // namespace ow
