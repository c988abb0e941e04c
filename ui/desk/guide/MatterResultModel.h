#pragma once

#include "core/domain/api/GuideBodies.h"
#include "core/domain/catalogue/Catalogue.h"

#include <QAbstractListModel>

namespace ow {

// The guide desk's search results, best first: each matter's name and code, and — on a second
// line and as its tool tip — why it matched (名称「失业保险」…).
class MatterResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, ScoreRole };

    explicit MatterResultModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    // `catalogue` names the matters; it must outlive the model's rows (the session's does).
    void setResult(const MatterSearchResult &result, const Catalogue *catalogue);
    void clear();
    QString codeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "名称「失业保险」；材料「居民身份证」", translated field names.
    static QString whyText(const MatterSearchHit &hit);

private:
    QList<MatterSearchHit> m_hits;
    const Catalogue *m_catalogue = nullptr;
};

} // namespace ow
