#include "ui/desk/cases/ProblemLines.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ow {

QLabel *ProblemLines::make(const QString &key)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("problem:") + key);
    label->setStyleSheet(QStringLiteral("color:#c62828;"));
    label->setWordWrap(true);
    label->setVisible(false);
    m_lines.insert(key, label);
    return label;
}

QStringList ProblemLines::show(const QHash<QString, QString> &problems) const
{
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        it.value()->setText(problems.value(it.key()));
        it.value()->setVisible(problems.contains(it.key()));
    }
    QStringList other;
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        if (!m_lines.contains(it.key()))
            other << it.value();
    }
    return other;
}

QWidget *ProblemLines::withLine(QWidget *editor, QLabel *line)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    v->addWidget(line);
    return box;
}

} // namespace ow
