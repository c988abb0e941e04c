#pragma once

#include "core/domain/api/QueueRulesBodies.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ow {

class AdminClient;
class ClientSession;
class FormFeedback;
class HallComboBox;
class PriorityGroupModel;

// A hall's queue rules (排队规则): the promise, recalls, priority tickets in a row, overnight
// numbering, the appointment slot capacity and the priority groups a kiosk offers. The
// administrator picks one of the halls they manage and sees the rules in force there — its own,
// or the city's defaults; the form checks as they type (AdminRules::checkQueueRules, as the server
// does), Save sets the hall's own rules, "Use city defaults" removes them.
class QueueRulesPage : public QWidget
{
    Q_OBJECT
public:
    QueueRulesPage(ClientSession &session, AdminClient &admin, QWidget *parent = nullptr);

    QString hallCode() const { return m_hall; }
    void selectHall(const QString &code);
    // The rules as the form holds them now.
    QueueRules rules() const;
    // The rules last read from the server, for the hall shown (none while they are asked for).
    const std::optional<HallQueueRules> &loaded() const { return m_loaded; }
    PriorityGroupModel *groupModel() const { return m_groups; }
    FormFeedback *feedback() const { return m_feedback; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onHallsChanged();
    void onHallChosen();
    void load();
    void setRules(const HallQueueRules &rules);
    bool isDirty() const;
    void edited(const QString &field);
    void validate();
    void save();
    void useDefaults();
    void addGroup();
    void removeGroup();
    void moveGroup(int delta);
    void updateButtons();
    void say(const QString &text, bool problem = false);
    QString hallName() const;

    ClientSession &m_session;
    AdminClient &m_admin;
    QString m_hall;                        // the hall whose rules the form shows
    std::optional<HallQueueRules> m_loaded; // as the server holds them
    bool m_busy = false;
    QHash<QString, QString> m_serverGroupProblems; // until the list is edited
    PriorityGroupModel *m_groups;
    QLabel *m_hint;
    QLabel *m_hallLabel;
    HallComboBox *m_hallBox;
    QLabel *m_source;
    QGroupBox *m_callingBox;
    QLabel *m_promiseLabel;
    QSpinBox *m_promise;
    QLabel *m_recallsLabel;
    QSpinBox *m_recalls;
    QLabel *m_gapLabel;
    QSpinBox *m_gap;
    QLabel *m_ratioLabel;
    QSpinBox *m_ratio;
    QLabel *m_ratioHint;
    QLabel *m_numberingLabel;
    QCheckBox *m_overnight;
    QLabel *m_capacityLabel;
    QSpinBox *m_capacity;
    QGroupBox *m_groupsBox;
    QLabel *m_groupsHint;
    QTableView *m_groupTable;
    QPushButton *m_addGroup;
    QPushButton *m_removeGroup;
    QPushButton *m_groupUp;
    QPushButton *m_groupDown;
    QLabel *m_summary;
    QPushButton *m_defaults;
    QPushButton *m_save;
    QLabel *m_message;
    FormFeedback *m_feedback;
};

} // namespace ow
