#include "core/domain/queue/AnnouncementQueue.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAnnounce, "ow.announce")

namespace ow {

AnnouncementQueue::AnnouncementQueue(Speaker *speaker, QObject *parent) : QObject(parent), m_speaker(speaker)
{
    m_safety.setSingleShot(true);
    m_safety.setInterval(15000);
    m_pause.setSingleShot(true);
    m_pause.setInterval(700);
    connect(&m_safety, &QTimer::timeout, this, &AnnouncementQueue::onTimeout);
    connect(&m_pause, &QTimer::timeout, this, &AnnouncementQueue::next);
    connect(m_speaker, &Speaker::finished, this, &AnnouncementQueue::onFinished);
}

AnnouncementQueue::~AnnouncementQueue()
{
    if (m_speaking)
        m_speaker->stop();
}

QString AnnouncementQueue::textFor(const Call &call)
{
    const QString window = QString::number(call.window);
    return call.recall ? QCoreApplication::translate("ow::AnnouncementQueue", "Calling again: number %1, please go to window %2")
                             .arg(call.number, window)
                       : QCoreApplication::translate("ow::AnnouncementQueue", "Number %1, please go to window %2")
                             .arg(call.number, window);
}

void AnnouncementQueue::call(const QString &number, int window, bool recall)
{
    for (Call &c : m_pending) {
        if (c.number == number) {
            c.window = window; // not spoken yet: say it once, for the window that called last
            return;
        }
    }
    m_pending.append({number, window, recall});
    if (!m_active && !m_pause.isActive())
        next();
}

void AnnouncementQueue::clear()
{
    m_pending.clear();
    m_pause.stop();
    m_safety.stop();
    if (m_speaking)
        m_speaker->stop();
    m_speaking = false;
    m_active = false;
}

void AnnouncementQueue::next()
{
    if (m_speaking)
        return;
    if (!m_active || m_spoken >= m_repeat) {
        if (m_active)
            Q_EMIT announced(m_current.number, m_current.window, m_current.recall);
        m_active = false;
        if (m_pending.isEmpty())
            return;
        m_current = m_pending.takeFirst();
        m_spoken = 0;
        m_active = true;
    }
    const QString text = textFor(m_current);
    m_speaking = true;
    m_safety.start();
    Q_EMIT started(text);
    m_speaker->say(text); // may report finished at once; onFinished then schedules the next
}

void AnnouncementQueue::endSentence()
{
    m_safety.stop();
    m_speaking = false;
    ++m_spoken;
    // Always through the timer, also with no pause: a speaker that finishes inside say() must
    // not make next() recurse.
    m_pause.start();
}

void AnnouncementQueue::onFinished()
{
    if (!m_speaking)
        return; // a stray report (after a timeout or clear): the sentence is already over
    endSentence();
}

void AnnouncementQueue::onTimeout()
{
    if (!m_speaking)
        return;
    qCWarning(lcAnnounce, "the speaker did not finish within %d ms; going on", m_safety.interval());
    m_speaker->stop();
    endSentence();
}

} // namespace ow
