#pragma once

#include "core/domain/catalogue/ServiceItem.h"
#include "core/domain/queue/QueueTypes.h"

#include <QAbstractListModel>
#include <QSet>

namespace ow {

// The selected matter's checklist of materials (the catalogue's), one checkable row each: the
// guide ticks what the citizen has brought. Optional materials say so.
class MaterialCheckModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, RequiredRole };

    explicit MaterialCheckModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    // Nothing ticked; `item` null: no matter.
    void setMatter(const ServiceItem *item);
    const ServiceItem *matter() const { return m_item ? &*m_item : nullptr; }
    void setPresent(const QString &code, bool present);
    // What is ticked and what is not, in checklist order.
    MaterialPrecheck precheck() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void precheckChanged();

private:
    std::optional<ServiceItem> m_item; // a copy: the session may swap its catalogue
    QSet<QString> m_present;
};

} // namespace ow
