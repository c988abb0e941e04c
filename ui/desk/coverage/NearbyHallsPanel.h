#pragma once

#include "core/domain/coverage/TravelModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ow {

class ClientSession;
class NearbyHallsModel;

// 就近可办 under a matter in the catalogue: the halls that may accept it, nearest first, from the
// user's own hall or from a place they give (a citizen's home, say), asked of the server
// (GET /api/v1/org/halls/nearest through CoverageApi). Offline it says so and keeps the last answer.
class NearbyHallsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NearbyHallsPanel(ClientSession &session, QWidget *parent = nullptr);

    // The matter to find halls for; an empty code clears the list.
    void showService(const QString &code);
    NearbyHallsModel *model() const { return m_model; }
    QString status() const;
    // Where the search starts: the user's hall, or the place typed in (none: neither is known).
    std::optional<GeoPoint> origin() const;

Q_SIGNALS:
    void loaded(); // an answer (or an error) has arrived

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void originChanged();

    ClientSession &m_session;
    NearbyHallsModel *m_model;
    QLabel *m_title;
    QComboBox *m_origin;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
    QPushButton *m_search;
    QTableView *m_table;
    QLabel *m_status;
    QString m_service;
    int m_request = 0; // answers to an older request are dropped
};

} // namespace ow
