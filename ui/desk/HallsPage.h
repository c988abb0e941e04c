#pragma once

#include "core/domain/org/Org.h"

#include <QWidget>

class QTreeWidget;

namespace ow {

class Catalogue;

// The city's halls and their windows, as the server (or the cache) knows them.
class HallsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HallsPage(QWidget *parent = nullptr);
    void setData(const QList<Hall> &halls, const Catalogue *catalogue);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QTreeWidget *m_tree;
    QList<Hall> m_halls;
    const Catalogue *m_catalogue = nullptr;
};

} // namespace ow
