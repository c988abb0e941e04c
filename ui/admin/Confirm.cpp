#include "ui/admin/Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace ow {

bool Confirm::ask(QWidget *parent, const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace ow
