#pragma once

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace ow {

class AdminClient;
class ClientSession;
class HallTreeModel;
class WindowTableModel;
struct AdminHall;
struct AdminWindow;

// The administrator's halls and windows: the hall tree on the left (new, edit, archive), the
// chosen hall's details and its windows on the right (add, edit, retire).
class HallsAdminPage : public QWidget
{
    Q_OBJECT
public:
    HallsAdminPage(ClientSession &session, AdminClient &admin, QWidget *parent = nullptr);

    HallTreeModel *hallModel() const { return m_halls; }
    WindowTableModel *windowModel() const { return m_windows; }
    void selectHall(const QString &code);
    QString selectedHallCode() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onHallsChanged();
    void showHall();
    void updateButtons();
    const AdminHall *selectedHall() const;
    const AdminWindow *selectedWindow() const;
    void newHall();
    void editHall();
    void archiveHall();
    void addWindow();
    void editWindow();
    void retireWindow();
    void say(const QString &text, bool problem = false);

    ClientSession &m_session;
    AdminClient &m_admin;
    HallTreeModel *m_halls;
    WindowTableModel *m_windows;
    QTreeView *m_tree;
    QCheckBox *m_showArchived;
    QPushButton *m_newHall;
    QPushButton *m_editHall;
    QPushButton *m_archiveHall;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_details;
    QLabel *m_parentLabel;
    QLabel *m_addressLabel;
    QLabel *m_coordinatesLabel;
    QLabel *m_timeZoneLabel;
    QLabel *m_hoursLabel;
    QLabel *m_parent;
    QLabel *m_address;
    QLabel *m_coordinates;
    QLabel *m_timeZone;
    QLabel *m_hours;
    QLabel *m_windowsTitle;
    QTableView *m_windowTable;
    QPushButton *m_addWindow;
    QPushButton *m_editWindow;
    QPushButton *m_retireWindow;
    QLabel *m_message;
    QWidget *m_detailsBox;
    QLabel *m_empty;
    QString m_current; // the hall shown
};

} // namespace ow
