#pragma once

#include "core/domain/queue/AnnouncementQueue.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace ow::test {

// A Speaker for tests: "speaks" each sentence for a set time (0: finishes inside say(); negative:
// never finishes, like a stuck backend) and records when each began and ended.
class FakeSpeaker : public Speaker
{
    Q_OBJECT
public:
    struct Utterance
    {
        QString text;
        qint64 startNs = 0;
        qint64 finishNs = -1; // -1 while speaking
        bool stopped = false;
    };

    explicit FakeSpeaker(int durationMs = 20, QObject *parent = nullptr) : Speaker(parent), m_durationMs(durationMs)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &FakeSpeaker::end);
    }

    void setDurationMs(int ms) { m_durationMs = ms; }

    void say(const QString &text) override
    {
        if (speaking())
            ++overlaps; // a second sentence while one is still being spoken
        log.append({text, m_clock.nsecsElapsed(), -1, false});
        if (m_durationMs == 0)
            end();
        else if (m_durationMs > 0)
            m_timer.start(m_durationMs);
    }

    void stop() override
    {
        ++stops;
        m_timer.stop();
        if (speaking()) {
            log.last().finishNs = m_clock.nsecsElapsed();
            log.last().stopped = true;
        }
    }

    bool speaking() const { return !log.isEmpty() && log.last().finishNs < 0; }
    int finishedCount() const
    {
        int n = 0;
        for (const Utterance &u : log)
            n += u.finishNs >= 0 ? 1 : 0;
        return n;
    }
    QStringList texts() const
    {
        QStringList out;
        for (const Utterance &u : log)
            out << u.text;
        return out;
    }

    QList<Utterance> log;
    int overlaps = 0;
    int stops = 0;

private:
    void end()
    {
        if (!speaking())
            return;
        log.last().finishNs = m_clock.nsecsElapsed();
        Q_EMIT finished();
    }

    int m_durationMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace ow::test
