#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace ow::test {

// Answers the next modal dialog once it is up (QInputDialog and our own dialogs are modal and
// block the test's call until answered).
inline void whenDialogOpens(std::function<void(QDialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

} // namespace ow::test
