#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QComboBox>

namespace ow {

// A choice of hall, in tree order, indented by level, "name (code)"; optionally a first entry for
// "every hall" (code ""). Archived halls are left out.
class HallComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit HallComboBox(QWidget *parent = nullptr);

    // `anyText`: the first entry's text ("" for none). `exclude`: a hall left out with its subtree
    // (a hall cannot hang below itself).
    void setHalls(const QList<AdminHall> &halls, const QString &anyText = {}, const QString &exclude = {});
    QString currentCode() const;
    void setCurrentCode(const QString &code);
};

} // namespace ow
