#pragma once

#include "core/domain/queue/AnnouncementQueue.h"

#include <QLocale>

class QTextToSpeech;

namespace ow {

// The hall display's voice: Qt TextToSpeech, with a voice for the preferred locale (zh_CN in a
// Chinese hall) when the engine has one. Without a working engine it logs once and reports every
// sentence finished at once, so the calls keep flowing on screen.
class QtSpeaker : public Speaker
{
    Q_OBJECT
public:
    explicit QtSpeaker(const QLocale &preferred, QObject *parent = nullptr);
    ~QtSpeaker() override;

    bool isAvailable() const;
    void say(const QString &text) override;
    void stop() override;

private:
    void onState(int state);
    void finishLater();
    void warnOnce(const QString &why);

    QTextToSpeech *m_tts = nullptr;
    bool m_busy = false;
    bool m_warned = false;
    quint64 m_sentence = 0; // tells a stale finish from the current one
};

} // namespace ow
