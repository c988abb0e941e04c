#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace ow {

// One typed setting: its key and its default live together, here and nowhere else.
template<typename T>
class Setting
{
public:
    Setting(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}
    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &v) const { QSettings().setValue(m_key, QVariant::fromValue(v)); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

// The desktop programs' settings (QSettings under the user's config folder).
struct ClientSettings
{
    static const Setting<QString> &serverUrl();     // last server used
    static const Setting<QString> &lastUsername();  // prefilled at login
    static const Setting<QString> &language();      // zh_CN or en; empty: follow the system locale
    static const Setting<int> &probeIntervalMs();   // how often the connection is checked
    // The CA file an https:// server's certificate is checked against, for the desk, kiosk and
    // display alike (--ca-file wins); empty: the system's authorities. See docs/tls.md.
    static const Setting<QString> &caFile();
    static const Setting<QByteArray> &mainWindowGeometry();
};

} // namespace ow
