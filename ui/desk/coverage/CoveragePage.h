#pragma once

#include "core/domain/coverage/Coverage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ow {

class ClientSession;
class CoverageMapWidget;
class CoverageMatterModel;

// The 15-minute circle (15分钟服务圈) for supervisors and administrators: every matter with the
// share of residents within 15 minutes of a hall that may accept it, the delegations that would
// raise it most, and the map of the chosen matter (GET /api/v1/reports/coverage).
class CoveragePage : public QWidget
{
    Q_OBJECT
public:
    explicit CoveragePage(ClientSession &session, QWidget *parent = nullptr);

    void reload();
    // Shows one matter on the map (as choosing its row does).
    void showMatter(const QString &service);
    CoverageMatterModel *model() const { return m_model; }
    CoverageMapWidget *map() const { return m_map; }
    QString status() const;

Q_SIGNALS:
    void loaded();    // the list of matters has arrived (or failed)
    void mapLoaded(); // the map's matter has arrived (or failed)

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showBest();

    ClientSession &m_session;
    CoverageMatterModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_intro;
    QTableView *m_table;
    QLabel *m_bestTitle;
    QLabel *m_best;
    QPushButton *m_reload;
    QComboBox *m_extent;
    CoverageMapWidget *m_map;
    QLabel *m_status;
    QList<DelegationGain> m_bestGains;
    bool m_loadedOnce = false;
    int m_mapRequest = 0;
};

} // namespace ow
