#include "tests/support/ContractCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>

namespace ow::test {

namespace {

// Where a value differs, as a JSON path; empty when equal.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &at)
{
    if (a.type() != b.type())
        return QStringLiteral("%1: written %2, received %3").arg(at.isEmpty() ? QStringLiteral("(body)") : at,
            QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        for (auto it = y.begin(); it != y.end(); ++it) {
            if (!x.contains(it.key()))
                return QStringLiteral("%1.%2: received but not kept by the C++ type").arg(at, it.key());
        }
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key()))
                return QStringLiteral("%1.%2: written but the server did not send it").arg(at, it.key());
            if (QString d = firstDifference(it.value(), y.value(it.key()), at + QLatin1Char('.') + it.key()); !d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return QStringLiteral("%1: %2 items written, %3 received").arg(at).arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (QString d = firstDifference(x.at(i), y.at(i), QStringLiteral("%1[%2]").arg(at).arg(i)); !d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isDouble() && b.isDouble() && a.toDouble() == b.toDouble())
        return {};
    if (a != b)
        return QStringLiteral("%1: written %2, received %3").arg(at.isEmpty() ? QStringLiteral("(body)") : at,
            QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
    return {};
}

QRegularExpression patternOf(const QString &pathTemplate)
{
    QString re = QRegularExpression::escape(pathTemplate);
    re.replace(QRegularExpression(QStringLiteral("\\\\\\{[^/]+?\\\\\\}")), QStringLiteral("[^/]+"));
    return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'));
}

} // namespace

ContractCheck::ContractCheck(SyncHttp &http, const QString &name)
{
    QDir().mkpath(QStringLiteral(OW_CONTRACT_DIR));
    m_path = QDir(QStringLiteral(OW_CONTRACT_DIR)).filePath(name + QStringLiteral(".jsonl"));
    QFile::remove(m_path);
    http.recordTo(m_path);
}

void ContractCheck::add(const char *method, const QString &pathTemplate, Check check)
{
    m_expected.append({QByteArray(method), pathTemplate, patternOf(pathTemplate), std::move(check)});
}

QString ContractCheck::describe(const QJsonObject &extra)
{
    return QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

QString ContractCheck::sameJson(const QJsonObject &written, const QJsonObject &received)
{
    return firstDifference(written, received, QString());
}

QStringList ContractCheck::problems() const
{
    QStringList out;
    // 1. The description, by the pinned validator.
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(OW_SOURCE_DIR "/docs"));
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), {QStringLiteral("tools/check-answers.mjs"), QStringLiteral("api/openapi.yaml"), m_path});
    if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit)
        out << QStringLiteral("check-answers.mjs did not run: %1").arg(node.errorString());
    else if (node.exitCode() != 0)
        out << QString::fromUtf8(node.readAll()).trimmed().split(QLatin1Char('\n'));

    // 2. The C++ types.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << QStringLiteral("nothing recorded in %1").arg(m_path);
        return out;
    }
    QSet<QString> exercised;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QJsonObject x = QJsonDocument::fromJson(file.readLine()).object();
        const int status = x.value(QLatin1String("status")).toInt();
        const QString path = x.value(QLatin1String("path")).toString();
        const QByteArray method = x.value(QLatin1String("method")).toString().toLatin1();
        if (status < 200 || status >= 300 || !x.value(QLatin1String("body")).isObject())
            continue;
        for (const Expected &e : m_expected) {
            if (e.method != method || !e.pattern.match(path).hasMatch())
                continue;
            exercised.insert(QString::fromLatin1(e.method) + QLatin1Char(' ') + e.pathTemplate);
            if (QString why = e.check(x.value(QLatin1String("body")).toObject()); !why.isEmpty())
                out << QStringLiteral("%1:%2 %3 %4 → C++: %5").arg(m_path).arg(line).arg(QString::fromLatin1(method), path, why);
            break;
        }
    }
    for (const Expected &e : m_expected) {
        if (!exercised.contains(QString::fromLatin1(e.method) + QLatin1Char(' ') + e.pathTemplate))
            out << QStringLiteral("expected but never answered with 2xx: %1 %2").arg(QString::fromLatin1(e.method), e.pathTemplate);
    }
    return out;
}

} // namespace ow::test
