#pragma once

#include "core/client/ClientSession.h"
#include "core/util/Clock.h"

#include <QWidget>

class QLabel;

namespace ow {

// The full-screen shell of a hall device (kiosk or display): logs in with the device account,
// then shows the hall it serves, the time and the connection. The queue screens build on it.
class DeviceShell : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Kiosk, Display };
    DeviceShell(Kind kind, const QString &dataDir, QWidget *parent = nullptr);

    void connectTo(const QUrl &server, const QString &username, const QString &password);
    // Full screen on the primary screen (also without a window manager), or a 1280×720 window.
    void present(bool windowed);
    ClientSession &session() { return m_session; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tick();

    Kind m_kind;
    SystemClock m_clock;
    ClientSession m_session;
    QLabel *m_hall;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_clockLabel;
    QString m_error;
};

} // namespace ow
