#pragma once

#include "core/domain/cases/CaseTypes.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QGridLayout;

namespace ow {

struct ServiceItem;

// The materials of a matter, each marked received, missing or exempt (the bureau already holds
// it); missing until the teller says otherwise.
class MaterialChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit MaterialChecklist(QWidget *parent = nullptr);

    // A new list for `service`, named in `language`, every material missing.
    void build(const ServiceItem &service, const QString &language);
    MaterialStatuses statuses() const;
    void setStatuses(const MaterialStatuses &statuses);

Q_SIGNALS:
    void changed();

private:
    QGridLayout *m_grid;
    QHash<QString, QButtonGroup *> m_choice; // material code → received / missing / exempt
};

} // namespace ow
