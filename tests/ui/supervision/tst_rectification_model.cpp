// The 整改 page's parts without a server: the rectifications' table model passes
// QAbstractItemModelTester through a fill, a refill and a retranslation, shows each state (overdue
// in red, a late closing said so) and the matter's name; the form checks as the supervisor types —
// a contact needs how and the answer, not in the future; closing needs a contact first, then the
// cause and the action — and builds the requests from what was typed.
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/util/Clock.h"
#include "ui/admin/FormFeedback.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/supervision/RectificationForm.h"
#include "ui/desk/supervision/RectificationTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ow;

namespace {

const QDateTime kNow(QDate(2026, 10, 14), QTime(7, 0), Qt::UTC);

RectificationItem item(qint64 id, RectificationState state, bool late = false)
{
    RectificationItem i;
    i.id = id;
    i.hall = QStringLiteral("MY-CITY");
    i.dueDay = QDate(2026, 10, 13);
    i.state = state;
    i.level = RatingLevel::VeryDissatisfied;
    i.service = QStringLiteral("CD-003");
    i.window = 3;
    i.ticket = QStringLiteral("E00%1").arg(id);
    i.ticketId = 100 + id;
    i.tellerName = QStringLiteral("王丽");
    i.tellerStaffNo = QStringLiteral("MY-C-0001");
    i.openedAt = kNow.addDays(-14);
    if (state == RectificationState::Closed)
        i.closedAt = kNow;
    i.closedLate = late;
    return i;
}

RectificationDetail detail(int contacts, bool closed = false)
{
    RectificationDetail d;
    d.rectification = item(1, closed ? RectificationState::Closed : RectificationState::Overdue);
    d.ratedAt = kNow.addDays(-14);
    d.ticketServiceDay = QStringLiteral("2026-09-30");
    for (int i = 0; i < contacts; ++i)
        d.followUps.append({i + 1, kNow.addSecs(-3600), ContactChannel::Phone, CitizenAnswer::NotReached, QStringLiteral("原因%1").arg(i),
                            QStringLiteral("措施%1").arg(i), {}, kNow, 8, QStringLiteral("黄志强")});
    if (closed)
        d.closure = RectificationClosure{kNow, QDate(2026, 10, 14), 8, QStringLiteral("黄志强"), QStringLiteral("c"), QStringLiteral("a"),
                                         {}, CitizenAnswer::Satisfied, true};
    return d;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

} // namespace

class TestRectificationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::apply(QStringLiteral("zh_CN")); }

    void modelPassesTheTesterAndShowsStates()
    {
        RectificationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setRectifications({item(1, RectificationState::Overdue), item(2, RectificationState::Open),
                                 item(3, RectificationState::Closed, true), item(4, RectificationState::Closed)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RectificationTableModel::ColumnCount));
        const Catalogue catalogue = Catalogue::fromJson(Catalogue::bundledJson()).value();
        model.setCatalogue(&catalogue);
        Hall city;
        city.code = QStringLiteral("MY-CITY");
        city.name = {QStringLiteral("市大厅"), QStringLiteral("City hall")};
        model.setHalls({city});

        auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
        QCOMPARE(text(0, RectificationTableModel::State), QStringLiteral("已超期"));
        QCOMPARE(text(1, RectificationTableModel::State), QStringLiteral("整改中"));
        QCOMPARE(text(2, RectificationTableModel::State), QStringLiteral("已办结（超期）"));
        QCOMPARE(text(3, RectificationTableModel::State), QStringLiteral("已办结"));
        QCOMPARE(text(0, RectificationTableModel::DueDay), QStringLiteral("2026-10-13"));
        QCOMPARE(text(0, RectificationTableModel::HallColumn), QStringLiteral("市大厅"));
        QCOMPARE(text(0, RectificationTableModel::Matter), catalogue.service(QStringLiteral("CD-003"))->name.zh);
        QCOMPARE(text(0, RectificationTableModel::Level), QStringLiteral("非常不满意"));
        QCOMPARE(text(0, RectificationTableModel::WindowColumn), QStringLiteral("3 号窗口"));
        QCOMPARE(text(0, RectificationTableModel::Teller), QStringLiteral("王丽 (MY-C-0001)"));
        QCOMPARE(model.headerData(RectificationTableModel::State, Qt::Horizontal).toString(), QStringLiteral("状态"));
        // Overdue in red, throughout the row; an open one in the default colour.
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.data(model.index(0, c), Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(!model.data(model.index(1, 0), Qt::ForegroundRole).isValid());
        QCOMPARE(model.data(model.index(2, 0), RectificationTableModel::StateRole).toString(), QStringLiteral("closed"));
        QCOMPARE(model.data(model.index(2, 0), RectificationTableModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.rowOf(4), 3);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.at(1)->id, 2);
        QVERIFY(!model.at(9));

        // In English, and filled again with fewer.
        LanguageManager::apply(QStringLiteral("en"));
        model.retranslate();
        QCOMPARE(text(0, RectificationTableModel::State), QStringLiteral("Overdue"));
        QCOMPARE(text(2, RectificationTableModel::State), QStringLiteral("Closed late"));
        QCOMPARE(text(0, RectificationTableModel::HallColumn), QStringLiteral("City hall"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        model.setRectifications({item(5, RectificationState::Open)});
        QCOMPARE(model.rowCount(), 1);
        model.setRectifications({});
        QCOMPARE(model.rowCount(), 0);
    }

    void nothingSelected()
    {
        const FakeClock clock(kNow);
        RectificationForm form(clock, std::nullopt, nullptr);
        QVERIFY(!child<QWidget>(&form, "contactGroup")->isEnabled());
        QVERIFY(!child<QWidget>(&form, "closeGroup")->isEnabled());
        QVERIFY(!child<QPushButton>(&form, "recordContactButton")->isEnabled());
        QCOMPARE(child<QLabel>(&form, "rectificationSummary")->text(), QStringLiteral("请在左侧列表中选择一条整改。"));
    }

    void contactChecksAsYouType()
    {
        const FakeClock clock(kNow);
        RectificationForm form(clock, detail(0), nullptr);
        auto *record = child<QPushButton>(&form, "recordContactButton");
        auto *close = child<QPushButton>(&form, "closeRectificationButton");
        auto *channel = child<QComboBox>(&form, "contactChannel");
        auto *answer = child<QComboBox>(&form, "citizenAnswer");
        auto *when = child<QDateTimeEdit>(&form, "contactedAt");

        // Nobody contacted the citizen yet: neither button before the form is filled.
        QVERIFY(child<QWidget>(&form, "contactGroup")->isEnabled());
        QCOMPARE(when->dateTime(), kNow.toLocalTime()); // now, as a start
        QVERIFY(!record->isEnabled());
        QVERIFY(!close->isEnabled());
        QCOMPARE(child<QLabel>(&form, "closeProblem")->text(), QStringLiteral("办结前请至少登记一次对群众的回访。"));
        QCOMPARE(form.contactFeedback().shownProblem(QStringLiteral("channel")), QString()); // not touched yet
        channel->setCurrentIndex(1);
        QVERIFY(!record->isEnabled());
        QCOMPARE(form.contactFeedback().shownProblem(QStringLiteral("answer")), QString());
        answer->setCurrentIndex(answer->findData(QStringLiteral("not_reached")));
        QVERIFY(record->isEnabled());
        // A contact in the future is refused under its field as it is typed.
        when->setDateTime(kNow.addSecs(3600).toLocalTime());
        QVERIFY(!record->isEnabled());
        QCOMPARE(form.contactFeedback().shownProblem(QStringLiteral("contacted_at")), QStringLiteral("回访时间不能晚于当前时间。"));
        when->setDateTime(kNow.addSecs(-600).toLocalTime());
        QVERIFY(record->isEnabled());
        channel->setCurrentIndex(0);
        QCOMPARE(form.contactFeedback().shownProblem(QStringLiteral("channel")), QStringLiteral("请选择回访方式。"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("visit")));
        QSignalSpy asked(&form, &RectificationForm::followUpRequested);
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        const FollowUpRequest sent = asked.first().first().value<FollowUpRequest>();
        QCOMPARE(sent.contactedAt, kNow.addSecs(-600));
        QCOMPARE(toString(*sent.channel), QStringLiteral("visit"));
        QCOMPARE(toString(*sent.answer), QStringLiteral("not_reached"));

        // The server recorded it: the next contact starts now, without a problem shown; closing
        // now waits for the cause and the action only.
        form.setDetail(detail(1));
        form.contactRecorded();
        QVERIFY(record->isEnabled());
        QCOMPARE(form.contactFeedback().shownProblem(QStringLiteral("channel")), QString());
        QCOMPARE(when->dateTime(), kNow.toLocalTime());
        QCOMPARE(child<QTableWidget>(&form, "contactHistory")->rowCount(), 1);
        QCOMPARE(child<QLabel>(&form, "closeProblem")->text(), QStringLiteral("请填写差评原因。"));
        // Another rectification is not this form's.
        RectificationDetail other = detail(3);
        other.rectification.id = 7;
        form.setDetail(other);
        QCOMPARE(form.detail()->rectification.id, 1);
    }

    void closingChecksAsYouType()
    {
        const FakeClock clock(kNow);
        // A contact recorded: the last contact's cause and action as a start.
        RectificationForm form(clock, detail(1), nullptr);
        auto *close = child<QPushButton>(&form, "closeRectificationButton");
        auto *cause = child<QPlainTextEdit>(&form, "rectificationCause");
        auto *action = child<QPlainTextEdit>(&form, "rectificationAction");
        QCOMPARE(cause->toPlainText(), QStringLiteral("原因0"));
        QCOMPARE(action->toPlainText(), QStringLiteral("措施0"));
        QVERIFY(close->isEnabled());
        cause->clear();
        action->clear();
        QVERIFY(!close->isEnabled());
        QCOMPARE(form.closeFeedback().shownProblem(QStringLiteral("cause")), QStringLiteral("请填写差评原因。"));
        cause->setPlainText(QStringLiteral("  政策解释不清 "));
        QVERIFY(!close->isEnabled());
        action->setPlainText(QString(501, QLatin1Char('x')));
        QCOMPARE(form.closeFeedback().shownProblem(QStringLiteral("action")), QStringLiteral("不能超过 500 个字。"));
        QVERIFY(!close->isEnabled());
        action->setPlainText(QStringLiteral("开展政策培训"));
        QVERIFY(close->isEnabled());
        QSignalSpy closing(&form, &RectificationForm::closeRequested);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(closing.size(), 1);
        const CloseRectificationRequest c = closing.first().first().value<CloseRectificationRequest>();
        QCOMPARE(c.cause, QStringLiteral("政策解释不清"));
        QCOMPARE(c.action, QStringLiteral("开展政策培训"));

        // The server's refusal lands under its field.
        form.showCloseRefusal(QStringLiteral("部分信息未填写或填写有误，请检查。"), {{QStringLiteral("cause"), QStringLiteral("请填写差评原因。")}});
        QCOMPARE(form.closeFeedback().shownProblem(QStringLiteral("cause")), QStringLiteral("请填写差评原因。"));

        // Closed: read only, with how it was closed.
        form.setDetail(detail(2, true));
        QVERIFY(!child<QWidget>(&form, "closeGroup")->isEnabled());
        QVERIFY(!close->isEnabled());
        QCOMPARE(child<QTableWidget>(&form, "contactHistory")->rowCount(), 2);
        QVERIFY(child<QLabel>(&form, "closureSummary")->text().contains(QStringLiteral("超期")));
    }
};

QTEST_MAIN(TestRectificationModel)
#include "tst_rectification_model.moc"
