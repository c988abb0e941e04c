#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>

namespace ow {

// Something that can speak one sentence at a time: text-to-speech on the hall display, a fake
// in tests. After stop(), `finished` is not reported for the stopped sentence.
class Speaker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Speaker() override = default;

    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void finished(); // the sentence given to say() has been spoken (or could not be)
};

// The voice-calling rule of a hall (叫号播报): calls are spoken in the order they came, never two
// at once — the next sentence starts only when the speaker reports the previous one finished, or
// after a safety timeout so a stuck speech backend cannot silence the hall. Each call is spoken
// `repeat` times (twice by default, as halls do), with a short pause between sentences. A call
// for a ticket that is still waiting to be spoken is merged into it instead of queued again.
class AnnouncementQueue : public QObject
{
    Q_OBJECT
public:
    struct Call
    {
        QString number;
        int window = 0;
        bool recall = false;
    };

    // `speaker` is not owned and must outlive the queue.
    explicit AnnouncementQueue(Speaker *speaker, QObject *parent = nullptr);
    ~AnnouncementQueue() override;

    void setRepeat(int times) { m_repeat = std::max(1, times); }
    int repeat() const { return m_repeat; }
    void setSafetyTimeoutMs(int ms) { m_safety.setInterval(ms); }
    void setPauseMs(int ms) { m_pause.setInterval(ms); }

    void call(const QString &number, int window, bool recall = false);
    // Stops the sentence being spoken and forgets every pending call.
    void clear();

    bool isSpeaking() const { return m_speaking; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

    // The sentence for a call, in the language of the installed translator
    // ("请 A023 号到 5 号窗口办理" in zh_CN).
    static QString textFor(const Call &call);

Q_SIGNALS:
    void started(const QString &text); // one sentence begins
    void announced(const QString &number, int window, bool recall); // all repeats of a call done

private:
    void next();
    void onFinished();
    void onTimeout();
    void endSentence();

    Speaker *m_speaker;
    QList<Call> m_pending;
    Call m_current;
    int m_spoken = 0;      // sentences of m_current already spoken
    bool m_active = false; // m_current is being announced (between its repeats too)
    bool m_speaking = false;
    int m_repeat = 2;
    QTimer m_safety;
    QTimer m_pause;
};

} // namespace ow
