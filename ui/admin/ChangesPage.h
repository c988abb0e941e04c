#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ow {

class AdminClient;
class ChangeFieldsModel;
class ChangeTableModel;
class ClientSession;

// The record of administrative changes, read only, newest first: filtered by object and by key;
// the chosen change's fields, before and after, below.
class ChangesPage : public QWidget
{
    Q_OBJECT
public:
    ChangesPage(ClientSession &session, AdminClient &admin, QWidget *parent = nullptr);

    ChangeTableModel *model() const { return m_model; }
    ChangeFieldsModel *fieldsModel() const { return m_fields; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showChange();

    AdminClient &m_admin;
    ChangeTableModel *m_model;
    ChangeFieldsModel *m_fields;
    QComboBox *m_entity;
    QLineEdit *m_key;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_fieldsTitle;
    QTableView *m_fieldsTable;
    QLabel *m_count;
    QTimer *m_keyDelay;
};

} // namespace ow
