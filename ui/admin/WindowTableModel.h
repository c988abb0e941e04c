#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QAbstractTableModel>

namespace ow {

class Catalogue;

// The windows of one hall, retired ones greyed: number, label, kind, what it serves (with the
// preference weights), automatic assignment and state.
class WindowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Label, Kind, Serves, AutoAssign, State, ColumnCount };
    static constexpr int NumberRole = Qt::UserRole + 1;

    explicit WindowTableModel(QObject *parent = nullptr);

    void setWindows(const QList<AdminWindow> &windows);
    void setCatalogue(const Catalogue *catalogue); // for the categories' names; may be null
    const AdminWindow *window(int row) const;
    int rowOf(int number) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString serves(const AdminWindow &w) const;

    QList<AdminWindow> m_windows;
    const Catalogue *m_catalogue = nullptr;
};

} // namespace ow
