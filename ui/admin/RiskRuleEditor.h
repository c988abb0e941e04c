#pragma once

#include "core/client/RiskRuleParameters.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace ow {

// One risk rule's editor: its name, the level of its alerts, whether it runs, and each parameter
// with its label and unit — a whole number in a spin box within its range, a number with two
// decimals, matters as catalogue codes separated by commas. Read-only for anyone who may not
// change the rules, and for an older version. A problem the server named shows in red under its
// field (fields as the server names them within a rule: "level", "parameters.matters"; "" for the
// rule as a whole) until the field is edited.
class RiskRuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RiskRuleEditor(QWidget *parent = nullptr);

    void setRule(const std::optional<RiskRule> &rule, bool editable);
    // The rule as the editor holds it now.
    const std::optional<RiskRule> &rule() const { return m_rule; }
    void showProblems(const QHash<QString, QString> &problems);
    // The problem shown under a field ("" when none), for tests and screen readers.
    QString shownProblem(const QString &field) const;

Q_SIGNALS:
    void edited(const ow::RiskRule &rule);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    QLabel *problemLabel(const QString &field);
    void changed(const QString &field);

    std::optional<RiskRule> m_rule;
    bool m_editable = false;
    QLabel *m_title;
    QLabel *m_readOnly;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_level = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_levelLabel = nullptr;
    QHash<QString, QLabel *> m_problems; // field → its problem's label
    QLabel *m_ruleProblem;
};

} // namespace ow
