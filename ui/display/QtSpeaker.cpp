#include "ui/display/QtSpeaker.h"

#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QTimer>

#include <optional>

Q_LOGGING_CATEGORY(lcSpeech, "ow.display.speech")

namespace ow {

QtSpeaker::QtSpeaker(const QLocale &preferred, QObject *parent) : Speaker(parent)
{
    if (QTextToSpeech::availableEngines().isEmpty()) {
        warnOnce(QStringLiteral("no text-to-speech engine is installed"));
        return;
    }
    m_tts = new QTextToSpeech(this);
    if (m_tts->state() == QTextToSpeech::Error) {
        warnOnce(m_tts->errorString());
        return;
    }
    // The best locale: the preferred one, else any of the same language (zh_TW before none).
    const QList<QLocale> locales = m_tts->availableLocales();
    std::optional<QLocale> chosen;
    for (const QLocale &l : locales) {
        if (l.language() == preferred.language() && l.territory() == preferred.territory()) {
            chosen = l;
            break;
        }
        if (l.language() == preferred.language() && !chosen)
            chosen = l;
    }
    if (chosen)
        m_tts->setLocale(*chosen);
    else
        qCWarning(lcSpeech) << "no voice for" << preferred.name() << "; speaking with" << m_tts->locale().name();
    m_tts->setRate(-0.1); // a little slower than normal: a hall is noisy and echoes
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State s) { onState(s); });
    connect(m_tts, &QTextToSpeech::errorOccurred, this, [this](QTextToSpeech::ErrorReason, const QString &text) {
        warnOnce(text);
        finishLater();
    });
}

QtSpeaker::~QtSpeaker() = default;

bool QtSpeaker::isAvailable() const
{
    return m_tts && m_tts->state() != QTextToSpeech::Error;
}

void QtSpeaker::say(const QString &text)
{
    ++m_sentence;
    m_busy = true;
    if (!isAvailable()) {
        if (m_tts)
            warnOnce(m_tts->errorString());
        finishLater();
        return;
    }
    m_tts->say(text);
}

void QtSpeaker::stop()
{
    m_busy = false; // no finish for a stopped sentence
    ++m_sentence;
    if (m_tts)
        m_tts->stop();
}

void QtSpeaker::onState(int state)
{
    if (!m_busy)
        return;
    if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error) {
        m_busy = false;
        Q_EMIT finished();
    }
}

void QtSpeaker::finishLater()
{
    // Not from inside say(): the caller may not expect the answer before say() returns.
    QTimer::singleShot(0, this, [this, sentence = m_sentence]() {
        if (m_busy && sentence == m_sentence) {
            m_busy = false;
            Q_EMIT finished();
        }
    });
}

void QtSpeaker::warnOnce(const QString &why)
{
    if (m_warned)
        return;
    m_warned = true;
    qCWarning(lcSpeech).noquote() << "calls will not be spoken:" << (why.isEmpty() ? QStringLiteral("speech engine error") : why);
}

} // namespace ow
