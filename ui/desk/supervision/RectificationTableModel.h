#pragma once

#include "core/domain/api/RectificationBodies.h"
#include "core/domain/org/Org.h"

#include <QAbstractTableModel>

namespace ow {

class Catalogue;

// The supervisor's rectifications (整改), one row each: state (overdue ones in red, a late
// closing said so), due day, hall, ticket, rating level, matter, window, teller and how many
// contacts were recorded.
class RectificationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { State, DueDay, HallColumn, TicketColumn, Level, Matter, WindowColumn, Teller, Contacts, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; // the state's wire name: open, overdue, closed

    explicit RectificationTableModel(QObject *parent = nullptr);

    void setRectifications(const QList<RectificationItem> &items);
    // For the names of the matters and the halls (the codes are shown without them).
    void setCatalogue(const Catalogue *catalogue);
    void setHalls(const QList<Hall> &halls);
    const RectificationItem *at(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const RectificationItem &item); // 已超期, 已办结（超期）…

private:
    QString matterName(const QString &code) const;
    QString hallName(const QString &code) const;
    void everythingChanged();

    QList<RectificationItem> m_items;
    const Catalogue *m_catalogue = nullptr;
    QList<Hall> m_halls;
};

} // namespace ow
