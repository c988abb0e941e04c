// ErrorMessages: every ErrorCode has its own message in both UI languages — a real Chinese text
// in zh_CN (not the English source left in place), the English text in en — and the two ways to
// translate it (per request from a LanguagePack, or the application's installed language) agree.
#include "core/domain/api/QueueBodies.h"
#include "core/domain/util/ErrorMessages.h"
#include "core/domain/util/LanguagePack.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace ow;

Q_DECLARE_METATYPE(ow::ErrorCode)

namespace {

const QList<ErrorCode> kAllCodes{ErrorCode::InvalidJson,   ErrorCode::BadRequest,       ErrorCode::Unauthorized,
                                 ErrorCode::InvalidCredentials, ErrorCode::Forbidden,   ErrorCode::NotFound,
                                 ErrorCode::MethodNotAllowed, ErrorCode::Conflict,      ErrorCode::PayloadTooLarge,
                                 ErrorCode::ValidationFailed, ErrorCode::AccountLocked, ErrorCode::TooManyRequests,
                                 ErrorCode::Unavailable, ErrorCode::Internal};

bool hasChinese(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

class TestErrorMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pack.isLoaded(QStringLiteral("zh_CN")));
        QVERIFY(m_pack.isLoaded(QStringLiteral("en")));
        // The list above is every code: the last enumerator is Internal and the names are distinct.
        QSet<QString> names;
        for (ErrorCode c : kAllCodes)
            names.insert(toString(c));
        QCOMPARE(names.size(), kAllCodes.size());
        QCOMPARE(static_cast<int>(ErrorCode::Internal) + 1, int(kAllCodes.size()));
    }

    void bothLanguages_data()
    {
        QTest::addColumn<ErrorCode>("code");
        for (ErrorCode c : kAllCodes)
            QTest::newRow(qPrintable(toString(c))) << c;
    }

    void bothLanguages()
    {
        QFETCH(ErrorCode, code);
        const QString en = errorMessage(code, m_pack, QStringLiteral("en"));
        const QString zh = errorMessage(code, m_pack, QStringLiteral("zh_CN"));
        QVERIFY(!en.isEmpty());
        QVERIFY2(!hasChinese(en), qPrintable(en));
        QVERIFY2(zh != en, qPrintable(QStringLiteral("no zh_CN translation for: ") + en));
        QVERIFY2(hasChinese(zh), qPrintable(zh));
        // Without a translator the application shows the English source text.
        QCOMPARE(errorMessage(code), en);
    }

    void everyCodeHasItsOwnMessage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyCodeHasItsOwnMessage()
    {
        QFETCH(QString, language);
        QSet<QString> seen;
        for (ErrorCode c : kAllCodes) {
            const QString text = errorMessage(c, m_pack, language);
            QVERIFY2(!seen.contains(text), qPrintable(QStringLiteral("shared by two codes: ") + text));
            seen.insert(text);
        }
    }

    void installedLanguageAgreesWithThePack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void installedLanguageAgreesWithThePack()
    {
        QFETCH(QString, language);
        const std::unique_ptr<QTranslator> translator = LanguagePack::loadTranslator(language);
        QVERIFY(translator);
        QVERIFY(QCoreApplication::installTranslator(translator.get()));
        for (ErrorCode c : kAllCodes)
            QCOMPARE(errorMessage(c), errorMessage(c, m_pack, language));
        QVERIFY(QCoreApplication::removeTranslator(translator.get()));
        QCOMPARE(errorMessage(ErrorCode::Forbidden), errorMessage(ErrorCode::Forbidden, m_pack, QStringLiteral("en")));
    }

    // An error with a text of its own (one citizen per window) is said in that text, with its
    // arguments, in both languages; an error without one keeps its code's general text.
    void anErrorsOwnTextInBothLanguages()
    {
        Ticket held;
        held.number = QStringLiteral("A001");
        held.windowNumber = 3;
        held.state = TicketState::Called;
        const Error e = WindowOccupied{held}.toError();
        const QString zh = errorMessage(e, m_pack, QStringLiteral("zh_CN"));
        QCOMPARE(zh, QStringLiteral("A001 仍在 3 号窗口：请先办结、过号或转办，再叫下一位。"));
        QCOMPARE(errorMessage(e, m_pack, QStringLiteral("en")), e.text.english());
        QVERIFY(e.text.english().startsWith(QLatin1String("A001 is still at window 3")));
        const Error plain = conflictError(QStringLiteral("window 3 is not open"));
        QCOMPARE(errorMessage(plain, m_pack, QStringLiteral("zh_CN")), errorMessage(ErrorCode::Conflict, m_pack, QStringLiteral("zh_CN")));
    }

    // An error about one of many things (a row of an imported document) says which before its
    // text — its own or its code's — each part translated.
    void aSubjectGoesBeforeTheText()
    {
        Error own = conflictError(QStringLiteral("admin is the last administrator"));
        own.text = {QT_TRANSLATE_NOOP("ow::Errors", "%1 is the last active administrator; appoint another one first."), {QStringLiteral("admin")}};
        own.subject = {QT_TRANSLATE_NOOP("ow::Errors", "Account %1 in the org document"), {QStringLiteral("admin")}};
        QCOMPARE(errorMessage(own, m_pack, QStringLiteral("zh_CN")),
                 QStringLiteral("组织架构文件中的账号 admin：admin 是最后一名在用的系统管理员，请先设立另一名管理员。"));
        QCOMPARE(errorMessage(own, m_pack, QStringLiteral("en")),
                 QStringLiteral("Account admin in the org document: admin is the last active administrator; appoint another one first."));
        Error general = invalidFieldError(QStringLiteral("latitude"), QStringLiteral("out of range"));
        general.subject = {QT_TRANSLATE_NOOP("ow::Errors", "Window %2 of hall %1 in the org document"), {QStringLiteral("MY-FC"), QStringLiteral("3")}};
        QCOMPARE(errorMessage(general, m_pack, QStringLiteral("zh_CN")),
                 QStringLiteral("组织架构文件中大厅 MY-FC 的 3 号窗口：") + errorMessage(ErrorCode::ValidationFailed, m_pack, QStringLiteral("zh_CN")));
        QCOMPARE(errorMessage(general, m_pack, QStringLiteral("en")),
                 QStringLiteral("Window 3 of hall MY-FC in the org document: Some fields are missing or invalid."));
    }

private:
    const LanguagePack m_pack;
};

QTEST_GUILESS_MAIN(TestErrorMessages)
#include "tst_errormessages.moc"
