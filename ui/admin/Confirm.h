#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ow {

// Asks before a change that cannot simply be undone (disable, reset, archive, retire): a question
// with a button naming the action (object name "confirmButton") and Cancel, both in our words.
class Confirm
{
    Q_DECLARE_TR_FUNCTIONS(ow::Confirm)
public:
    static bool ask(QWidget *parent, const QString &title, const QString &question, const QString &action);
};

} // namespace ow
