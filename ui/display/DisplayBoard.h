#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;

namespace ow {

class AnnouncementQueue;
class ClientSession;
class Clock;
class DisplayFeed;
class MarqueeLabel;
class Speaker;
class WaitingPanel;
struct LocalizedName;

// The hall display (叫号屏): a full-screen board readable across the hall — hall name and clock,
// the call being made now ("A023 → 5号窗口"), the latest calls, how many wait per ticket prefix,
// a notice line, and a warning when the live feed is down. Only ticket numbers are shown, never
// names or ID numbers. Each call is also spoken through the Speaker, when one is given.
class DisplayBoard : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        int recentCount = 8;
        int repeat = 2;   // how often each call is spoken
        QString notice;   // empty: the standard notice, translated
    };

    // `speaker` (not owned, may be null for a silent board) must outlive the board.
    DisplayBoard(ClientSession &session, const Clock &clock, Speaker *speaker, Options options, QWidget *parent = nullptr);
    ~DisplayBoard() override;

    void connectTo(const QUrl &server, const QString &username, const QString &password);
    // Full screen on the primary screen (also without a window manager), or a 1280×720 window.
    void present(bool windowed);

    DisplayFeed &feed() { return *m_feed; }
    AnnouncementQueue *announcements() { return m_announce.get(); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void tick();
    void redrawCalls();
    void redrawWaiting();
    void redrawStatus();
    void applyScale();
    void fitNowCalling();
    void fitRecentRows();
    void onCalled();
    void setFlash(bool on);
    void elideHallName();
    int px(double basePixels) const; // a size designed for 1920×1080, scaled to this screen

    ClientSession &m_session;
    const Clock &m_clock;
    Options m_options;
    DisplayFeed *m_feed;
    std::unique_ptr<AnnouncementQueue> m_announce;
    double m_scale = 1.0;

    QLabel *m_hallName = nullptr;
    QString m_hallFullName;
    QLabel *m_offline = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_date = nullptr;
    QFrame *m_nowPanel = nullptr;
    QLabel *m_nowTitle = nullptr;
    QLabel *m_recallBadge = nullptr;
    QLabel *m_nowCalling = nullptr;
    QLabel *m_nowHint = nullptr;
    QLabel *m_recentTitle = nullptr;
    QWidget *m_recentCalls = nullptr;
    struct Row
    {
        QFrame *frame;
        QLabel *number;
        QLabel *window;
        QLabel *mark;
    };
    QList<Row> m_rows;
    WaitingPanel *m_waiting = nullptr;
    MarqueeLabel *m_notice = nullptr;

    QTimer m_clockTimer;
    QTimer m_flashTimer;
    int m_flashesLeft = 0;
};

} // namespace ow
