#pragma once

#include "core/domain/risk/RiskTypes.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class ClientSession;
class RiskRuleEditor;
class RiskRuleTableModel;
class RiskRuleVersionModel;

// The risk rule set (风险规则): the rules in force with their level, whether each runs and its
// parameters; the selected rule's editor; "save as a new version" (the whole set, the city's
// administrator only — everyone else who may read the rules sees them read-only); and the list of
// versions, each of which can be viewed. A refusal of the server shows under the fields it names
// and marks the rules in the list; nothing is kept until the server took it. Times are in the
// zone of the account's hall (the city's, for its administrator).
class RiskRulesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RiskRulesPage(ClientSession &session, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    RiskRuleTableModel *rulesModel() const { return m_rules; }
    RiskRuleVersionModel *versionsModel() const { return m_versions; }
    RiskRuleEditor *editor() const { return m_editor; }
    // The set in force as the server last answered, and the rules as edited.
    const std::optional<RiskRuleSet> &inForce() const { return m_inForce; }
    const RiskRuleSet &draft() const { return m_draft; }
    // The version shown (the one in force, with the edits, or an older one, read-only).
    int shownVersion() const;
    bool hasChanges() const;

    // Asks the server for the set in force and its versions (each time the page is shown).
    void load();
    bool selectRule(RiskRuleId id);
    // Shows an older version read-only (false when it is not listed); the one in force with the edits again.
    bool showVersion(int version);
    // Sends the edited set as a new version (what the save button does once confirmed).
    void save();
    // Forgets the edits.
    void discard();

Q_SIGNALS:
    void loaded();   // the set in force and its versions arrived
    void answered(); // a save was answered, either way

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRules();
    void showSelectedRule();
    void ruleEdited(const RiskRule &rule);
    void versionChosen();
    void confirmSave();
    void refused(const Error &error);
    void updateButtons();
    void say(const QString &text, bool problem = false);
    QTimeZone zone() const;
    int selectedRow() const;

    ClientSession &m_session;
    const bool m_editable;
    RiskRuleTableModel *m_rules;
    RiskRuleVersionModel *m_versions;
    RiskRuleEditor *m_editor;
    QLabel *m_hint;
    QLabel *m_state;
    QPushButton *m_backToCurrent;
    QTableView *m_ruleTable;
    QLabel *m_message;
    QPushButton *m_discard;
    QPushButton *m_save;
    QLabel *m_versionsTitle;
    QTableView *m_versionTable;

    std::optional<RiskRuleSet> m_inForce;
    RiskRuleSet m_draft;
    QList<RiskRuleSet> m_history;          // newest first
    std::optional<RiskRuleSet> m_viewed;   // an older version shown instead of the draft
    QHash<RiskRuleId, QHash<QString, QString>> m_problems; // the server's, by rule and field
    bool m_busy = false;
    bool m_choosing = false; // the page itself moves the versions' selection
};

} // namespace ow
