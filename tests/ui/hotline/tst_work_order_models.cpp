// The 工单 screen's parts without a server: the work orders' table model and the timeline model pass
// QAbstractItemModelTester through a fill, a refill and a retranslation; overdue rows are red and
// say so, a late answer says so; the new-call form shows the number masked as it is typed, refuses
// with the server's own rules (unknown hall, bad number, nothing said) and builds the request.
#include "core/domain/catalogue/Catalogue.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/hotline/WorkOrderForm.h"
#include "ui/desk/hotline/WorkOrderTableModel.h"
#include "ui/desk/hotline/WorkOrderTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ow;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(2, 0), QTimeZone::utc());

WorkOrderItem item(int n, WorkOrderKind kind, WorkOrderStatus status, bool overdue = false, bool late = false)
{
    WorkOrderItem i;
    i.id = n;
    i.number = QStringLiteral("GD-20261207-%1").arg(n, 4, 10, QLatin1Char('0'));
    i.kind = kind;
    i.status = status;
    i.hall = QStringLiteral("MY-FC");
    i.service = QStringLiteral("CD-003");
    i.phone = QStringLiteral("138****5678");
    i.createdAt = kNow;
    i.createdByName = QStringLiteral("周晓燕");
    if (status != WorkOrderStatus::Open)
        i.dueDay = QDate(2026, 12, 14);
    i.overdue = overdue;
    i.answeredLate = late;
    i.summary = QStringLiteral("来电反映排队时间过长");
    return i;
}

Hall hall()
{
    Hall h;
    h.id = 2;
    h.code = QStringLiteral("MY-FC");
    h.name = {QStringLiteral("涪城区人社服务大厅"), QStringLiteral("Fucheng Hall")};
    return h;
}

} // namespace

class TestWorkOrderModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::apply(QStringLiteral("zh_CN")); }

    void tableModel()
    {
        WorkOrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHalls({hall()});
        model.setWorkOrders({item(1, WorkOrderKind::Complaint, WorkOrderStatus::Routed, true),
                             item(2, WorkOrderKind::Consultation, WorkOrderStatus::Open),
                             item(3, WorkOrderKind::Complaint, WorkOrderStatus::Answered, false, true)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(WorkOrderTableModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, WorkOrderTableModel::Status)).toString(), QStringLiteral("已超期"));
        QCOMPARE(model.data(model.index(0, WorkOrderTableModel::Status), Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb3, 0x26, 0x1e));
        QVERIFY(model.data(model.index(0, 0), WorkOrderTableModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(0, WorkOrderTableModel::Kind)).toString(), QStringLiteral("投诉"));
        QCOMPARE(model.data(model.index(1, WorkOrderTableModel::Status)).toString(), QStringLiteral("待处理"));
        QVERIFY(!model.data(model.index(1, 0), Qt::ForegroundRole).isValid());
        QCOMPARE(model.data(model.index(2, WorkOrderTableModel::Status)).toString(), QStringLiteral("已答复（超期）"));
        QCOMPARE(model.data(model.index(0, WorkOrderTableModel::HallColumn)).toString(), QStringLiteral("涪城区人社服务大厅"));
        QCOMPARE(model.data(model.index(0, WorkOrderTableModel::Phone)).toString(), QStringLiteral("138****5678"));
        QCOMPARE(model.data(model.index(0, WorkOrderTableModel::DueDay)).toString(), QStringLiteral("2026-12-14"));
        QCOMPARE(model.headerData(WorkOrderTableModel::Number, Qt::Horizontal).toString(), QStringLiteral("工单号"));
        QCOMPARE(model.rowOf(QStringLiteral("GD-20261207-0003")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("GD-20261207-0009")), -1);
        model.setWorkOrders({item(4, WorkOrderKind::Praise, WorkOrderStatus::Closed)});
        QCOMPARE(model.rowCount(), 1);
        LanguageManager::apply(QStringLiteral("en"));
        model.retranslate();
        QCOMPARE(model.data(model.index(0, WorkOrderTableModel::Kind)).toString(), QStringLiteral("Praise"));
        QCOMPARE(model.headerData(WorkOrderTableModel::Number, Qt::Horizontal).toString(), QStringLiteral("Number"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        model.setWorkOrders({});
        QCOMPARE(model.rowCount(), 0);
    }

    void timelineModel()
    {
        WorkOrderTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({{1, WorkOrderEventKind::Created, kNow, QStringLiteral("周晓燕"), {}},
                         {2, WorkOrderEventKind::Routed, kNow.addSecs(60), QStringLiteral("周晓燕"), QStringLiteral("请核实")},
                         {3, WorkOrderEventKind::Answered, kNow.addDays(1), QStringLiteral("黄志强"), QStringLiteral("已整改")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, WorkOrderTimelineModel::Step)).toString(), QStringLiteral("转办大厅主管"));
        QCOMPARE(model.data(model.index(2, WorkOrderTimelineModel::By)).toString(), QStringLiteral("黄志强"));
        QCOMPARE(model.data(model.index(2, WorkOrderTimelineModel::Note)).toString(), QStringLiteral("已整改"));
        model.retranslate();
        model.setEvents({});
        QCOMPARE(model.rowCount(), 0);
    }

    void formChecksAndMasks()
    {
        WorkOrderForm form;
        form.setHalls({hall()});
        auto *phone = form.findChild<QLineEdit *>(QStringLiteral("workOrderPhone"));
        auto *masked = form.findChild<QLabel *>(QStringLiteral("workOrderPhoneMasked"));
        auto *text = form.findChild<QPlainTextEdit *>(QStringLiteral("workOrderText"));
        auto *kind = form.findChild<QComboBox *>(QStringLiteral("workOrderKind"));
        auto *record = form.findChild<QPushButton *>(QStringLiteral("recordWorkOrderButton"));
        auto *problems = form.findChild<QLabel *>(QStringLiteral("workOrderProblems"));
        QVERIFY(phone && masked && text && kind && record && problems);
        QSignalSpy submitted(&form, &WorkOrderForm::submitted);
        QTest::keyClicks(phone, QStringLiteral("12345"));
        record->click();
        QCOMPARE(submitted.size(), 0);
        QVERIFY2(problems->text().contains(QStringLiteral("不是有效的电话号码")), qPrintable(problems->text()));
        QVERIFY(problems->text().contains(QStringLiteral("请记录来电人反映的内容")));
        phone->setText(QStringLiteral("13812345678"));
        QCOMPARE(masked->text(), QStringLiteral("显示为 138****5678"));
        text->setPlainText(QStringLiteral("咨询失业保险金申领条件"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("complaint")));
        record->click();
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(problems->text(), QString());
        const NewWorkOrderRequest r = form.request();
        QCOMPARE(r.phone, QStringLiteral("13812345678"));
        QCOMPARE(r.hall, QStringLiteral("MY-FC"));
        QCOMPARE(toString(*r.kind), QStringLiteral("complaint"));
        QVERIFY(r.service.isEmpty());
        form.clear();
        QCOMPARE(phone->text(), QString());
    }
};

QTEST_MAIN(TestWorkOrderModels)
#include "tst_work_order_models.moc"
