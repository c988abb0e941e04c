// The administration screens' item models (ui/admin): each passes QAbstractItemModelTester
// through its changes (fatal on any breach of the model contract), and shows what it should:
// accounts, the hall tree, windows, devices, the record of changes and a change's fields, a
// calendar year's special days, a hall's priority groups.
#include "core/domain/catalogue/Catalogue.h"
#include "ui/admin/AccountTableModel.h"
#include "ui/admin/AdminText.h"
#include "ui/admin/CalendarDayModel.h"
#include "ui/admin/ChangeFieldsModel.h"
#include "ui/admin/ChangeTableModel.h"
#include "ui/admin/DeviceTableModel.h"
#include "ui/admin/HallTreeModel.h"
#include "ui/admin/PriorityGroupModel.h"
#include "ui/admin/WindowTableModel.h"
#include "ui/common/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ow;

namespace {

AdminHall hall(const QString &code, OrgLevel level, const QString &parent, const QString &nameZh, bool archived = false)
{
    AdminHall h;
    h.code = code;
    h.level = level;
    h.parent = parent;
    h.nameZh = nameZh;
    h.nameEn = code + QStringLiteral(" hall");
    h.archived = archived;
    return h;
}

QList<AdminHall> city()
{
    AdminHall township = hall(QStringLiteral("MY-FC-CJ"), OrgLevel::Township, QStringLiteral("MY-FC"), QStringLiteral("城郊街道"));
    township.windows = {AdminWindow{1, WindowKind::Comprehensive, {}, {{QStringLiteral("card"), 1}}, QStringLiteral("1号窗口"), false, false},
                        AdminWindow{2, WindowKind::Dedicated, {QStringLiteral("pension")}, {{QStringLiteral("pension"), 2}},
                                    QStringLiteral("2号窗口 养老"), true, false},
                        AdminWindow{3, WindowKind::Comprehensive, {}, {}, QString(), false, true}};
    // Children listed before their parents: the tree must not depend on the order.
    return {township,
            hall(QStringLiteral("MY-FC-CJ-01"), OrgLevel::Community, QStringLiteral("MY-FC-CJ"), QStringLiteral("铁牛社区")),
            hall(QStringLiteral("MY-CITY"), OrgLevel::City, QString(), QStringLiteral("市大厅")),
            hall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"), QStringLiteral("涪城区大厅")),
            hall(QStringLiteral("MY-YX"), OrgLevel::County, QStringLiteral("MY-CITY"), QStringLiteral("游仙区大厅"), true)};
}

AdminAccount person(qint64 id, const QString &username, Role role, const QString &hallCode, bool active = true)
{
    AdminAccount a;
    a.id = id;
    a.username = username;
    a.role = role;
    a.hall = hallCode;
    a.nameZh = QStringLiteral("人员%1").arg(id);
    a.nameEn = QStringLiteral("Person %1").arg(id);
    a.staffNo = QStringLiteral("S-%1").arg(id);
    a.active = active;
    return a;
}

} // namespace

class TestAdminModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::apply(QStringLiteral("zh_CN")); }

    void accounts()
    {
        AccountTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setHalls(city());
        AdminAccount locked = person(3, QStringLiteral("teller3"), Role::Teller, QStringLiteral("MY-FC"));
        locked.locked = true;
        model.setAccounts({person(1, QStringLiteral("admin"), Role::Admin, QStringLiteral("MY-CITY")),
                           person(2, QStringLiteral("rev"), Role::Reviewer, QStringLiteral("MY-FC-CJ"), false), locked});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));
        QCOMPARE(model.index(0, AccountTableModel::Username).data().toString(), QStringLiteral("admin"));
        QCOMPARE(model.index(0, AccountTableModel::RoleColumn).data().toString(), roleDisplayName(Role::Admin));
        QCOMPARE(model.index(1, AccountTableModel::HallColumn).data().toString(), QStringLiteral("城郊街道"));
        QCOMPARE(model.index(1, AccountTableModel::State).data().toString(), QStringLiteral("已停用"));
        QVERIFY(model.index(1, AccountTableModel::Name).data(Qt::ForegroundRole).isValid()); // greyed
        QCOMPARE(model.index(2, AccountTableModel::State).data().toString(), QStringLiteral("已锁定"));
        QCOMPARE(model.index(2, 0).data(AccountTableModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.headerData(AccountTableModel::StaffNo, Qt::Horizontal).toString(), QStringLiteral("工号"));
        model.setHalls({}); // unknown hall: its code
        QCOMPARE(model.index(1, AccountTableModel::HallColumn).data().toString(), QStringLiteral("MY-FC-CJ"));
        model.retranslate();
        model.setAccounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void hallTree()
    {
        HallTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setHalls(city());
        // The archived county is left out: one root (the city), one county below it, and so on.
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex cityIndex = model.index(0, 0);
        QCOMPARE(model.hall(cityIndex)->code, QStringLiteral("MY-CITY"));
        QCOMPARE(model.rowCount(cityIndex), 1);
        const QModelIndex fc = model.index(0, 0, cityIndex);
        QCOMPARE(fc.data(HallTreeModel::CodeRole).toString(), QStringLiteral("MY-FC"));
        const QModelIndex cj = model.index(0, 0, fc);
        QCOMPARE(model.parent(cj), fc);
        QCOMPARE(model.index(0, HallTreeModel::Windows, fc).data().toInt(), 2); // the retired one is not counted
        QCOMPARE(model.index(0, HallTreeModel::Level, fc).data().toString(), orgLevelDisplayName(OrgLevel::Township));
        QCOMPARE(model.indexOf(QStringLiteral("MY-FC-CJ-01")).parent(), cj);
        QVERIFY(!model.indexOf(QStringLiteral("MY-YX")).isValid());

        model.setShowArchived(true);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        const QModelIndex yx = model.indexOf(QStringLiteral("MY-YX"));
        QVERIFY(yx.isValid());
        QCOMPARE(model.index(yx.row(), HallTreeModel::State, yx.parent()).data().toString(), QStringLiteral("已归档"));

        // A hall administrator sees their own hall as a root; a loop in bad data does not hang.
        QList<AdminHall> loop = {hall(QStringLiteral("A"), OrgLevel::County, QStringLiteral("B"), QStringLiteral("甲")),
                                 hall(QStringLiteral("B"), OrgLevel::County, QStringLiteral("A"), QStringLiteral("乙")),
                                 hall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"), QStringLiteral("涪城"))};
        model.setHalls(loop);
        QCOMPARE(model.rowCount(), 2);
        model.retranslate();
        model.setHalls({});
        QCOMPARE(model.rowCount(), 0);
    }

    void windows()
    {
        auto catalogue = Catalogue::fromJson(Catalogue::bundledJson());
        QVERIFY(catalogue);
        WindowTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setWindows(city().first().windows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, WindowTableModel::Serves).data().toString(), QStringLiteral("全部事项"));
        QCOMPARE(model.index(1, WindowTableModel::Serves).data().toString(), QStringLiteral("pension ×2"));
        model.setCatalogue(&catalogue.value());
        QVERIFY2(model.index(1, WindowTableModel::Serves).data().toString().startsWith(
                     AdminText::name(catalogue.value().category(QStringLiteral("pension"))->name)),
                 qPrintable(model.index(1, WindowTableModel::Serves).data().toString()));
        QCOMPARE(model.index(1, WindowTableModel::Kind).data().toString(), QStringLiteral("专窗"));
        QCOMPARE(model.index(1, WindowTableModel::AutoAssign).data().toString(), QStringLiteral("是"));
        QCOMPARE(model.index(2, 0).data(WindowTableModel::NumberRole).toInt(), 3);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.index(2, WindowTableModel::State).data().toString(), QStringLiteral("已撤销"));
        AdminWindow preferring = *model.window(0);
        preferring.weights = {{QStringLiteral("pension"), 3}};
        model.setWindows({preferring});
        QVERIFY2(model.index(0, WindowTableModel::Serves).data().toString().startsWith(QStringLiteral("全部事项（优先：")),
                 qPrintable(model.index(0, WindowTableModel::Serves).data().toString()));
        QVERIFY(model.index(0, WindowTableModel::Serves).data().toString().endsWith(QStringLiteral(" ×3）")));

        model.retranslate();
        model.setWindows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void devices()
    {
        DeviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDevices({Device{QStringLiteral("FC-KIOSK-2"), DeviceKind::Kiosk, QStringLiteral("MY-FC"), QStringLiteral("kiosk-fc-2"), true},
                          Device{QStringLiteral("FC-SCREEN-1"), DeviceKind::Display, QStringLiteral("MY-FC"), QStringLiteral("display-fc"), false}});
        model.setHalls(city());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeviceTableModel::Kind).data().toString(), QStringLiteral("取号机"));
        QCOMPARE(model.index(1, DeviceTableModel::Kind).data().toString(), QStringLiteral("叫号屏"));
        QCOMPARE(model.index(0, DeviceTableModel::HallColumn).data().toString(), QStringLiteral("涪城区大厅"));
        QCOMPARE(model.index(1, DeviceTableModel::State).data().toString(), QStringLiteral("已停用"));
        QCOMPARE(model.rowOf(QStringLiteral("FC-SCREEN-1")), 1);
        model.retranslate();
    }

    void changes()
    {
        AdminChange created;
        created.id = 8;
        created.at = QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3), QTimeZone::utc());
        created.actor = QStringLiteral("admin");
        created.hall = QStringLiteral("MY-FC");
        created.entity = QStringLiteral("account");
        created.key = QStringLiteral("teller9");
        created.action = QStringLiteral("create");
        created.after = {{QLatin1String("role"), QStringLiteral("teller")}, {QLatin1String("active"), true},
                         {QLatin1String("hours"), QJsonArray{QJsonObject{{QLatin1String("weekday"), 6}, {QLatin1String("open"), QStringLiteral("09:00")},
                                                                         {QLatin1String("close"), QStringLiteral("12:00")},
                                                                         {QLatin1String("lunch_from"), QString()},
                                                                         {QLatin1String("lunch_to"), QString()}}}},
                         {QLatin1String("latitude"), QJsonValue::Null}};
        AdminChange console = created;
        console.id = 7;
        console.actor.clear();
        console.hall.clear();
        console.entity = QStringLiteral("calendar");
        console.action = QStringLiteral("import");

        ChangeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setChanges({created, console});
        model.setHalls(city());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ChangeTableModel::Entity).data().toString(), QStringLiteral("账号"));
        QCOMPARE(model.index(0, ChangeTableModel::Action).data().toString(), QStringLiteral("新建"));
        QCOMPARE(model.index(0, ChangeTableModel::HallColumn).data().toString(), QStringLiteral("涪城区大厅"));
        QCOMPARE(model.index(0, ChangeTableModel::Fields).data().toString(), QStringLiteral("启用、办公时间、角色"));
        QCOMPARE(model.index(1, ChangeTableModel::Actor).data().toString(), QStringLiteral("（服务器控制台）"));
        QCOMPARE(model.index(1, ChangeTableModel::HallColumn).data().toString(), QStringLiteral("全市"));
        QCOMPARE(model.index(1, 0).data(ChangeTableModel::IdRole).toLongLong(), 7);

        ChangeFieldsModel fields;
        QAbstractItemModelTester fieldsTester(&fields, QAbstractItemModelTester::FailureReportingMode::Fatal);
        fields.setChange(model.change(0));
        QCOMPARE(fields.rowCount(), 3);
        QCOMPARE(fields.index(0, ChangeFieldsModel::Field).data().toString(), QStringLiteral("启用"));
        QCOMPARE(fields.index(0, ChangeFieldsModel::Before).data().toString(), QStringLiteral("—"));
        QCOMPARE(fields.index(0, ChangeFieldsModel::After).data().toString(), QStringLiteral("是"));
        QCOMPARE(fields.index(1, ChangeFieldsModel::After).data().toString(), QStringLiteral("周六 09:00–12:00"));
        QCOMPARE(fields.index(2, ChangeFieldsModel::After).data().toString(), roleDisplayName(Role::Teller));
        fields.retranslate();
        fields.setChange(nullptr);
        QCOMPARE(fields.rowCount(), 0);
        model.retranslate();
    }

    void calendarDays()
    {
        CalendarDayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        CalendarYearView year{2026, false, {}, {QDate(2026, 2, 28), QDate(2026, 1, 4), QDate(2026, 2, 14)}};
        year.holidays << QDate(2026, 1, 1) << QDate(2026, 1, 2) << QDate(2026, 1, 3) << QDate(2026, 4, 5);
        for (int day = 15; day <= 23; ++day)
            year.holidays << QDate(2026, 2, day);
        model.setYear(year);
        QCOMPARE(model.year(), 2026);
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.rowOf(QDate(2026, 3, 1)), -1);
        // By date, holidays and working weekends together.
        QCOMPARE(model.index(0, CalendarDayModel::Date).data().toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(model.index(0, CalendarDayModel::Weekday).data().toString(), QStringLiteral("周四"));
        QCOMPARE(model.index(0, CalendarDayModel::Kind).data().toString(), QStringLiteral("法定节假日"));
        QCOMPARE(model.index(0, CalendarDayModel::Note).data().toString(), QStringLiteral("1月1日至1月3日放假，共3天"));
        QCOMPARE(model.index(3, CalendarDayModel::Date).data().toString(), QStringLiteral("2026-01-04"));
        QCOMPARE(model.index(3, CalendarDayModel::Kind).data().toString(), QStringLiteral("调休上班日"));
        QCOMPARE(model.index(3, CalendarDayModel::Weekday).data().toString(), QStringLiteral("周日"));
        QVERIFY(!model.index(3, 0).data(CalendarDayModel::HolidayRole).toBool());
        const int festival = model.rowOf(QDate(2026, 2, 17));
        QCOMPARE(festival, 7); // after two working weekends: 1 January and 14 February
        QCOMPARE(model.index(festival, CalendarDayModel::Note).data().toString(), QStringLiteral("2月15日至2月23日放假，共9天"));
        QCOMPARE(model.index(festival, 0).data(CalendarDayModel::DateRole).toDate(), QDate(2026, 2, 17));
        QCOMPARE(model.index(model.rowOf(QDate(2026, 4, 5)), CalendarDayModel::Note).data().toString(),
                 QStringLiteral("4月5日放假，共1天"));
        QCOMPARE(model.index(model.rowCount() - 2, CalendarDayModel::Date).data().toString(), QStringLiteral("2026-02-28"));
        QCOMPARE(model.headerData(CalendarDayModel::Kind, Qt::Horizontal).toString(), QStringLiteral("类型"));
        model.retranslate();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.year(), 0);
    }

    void priorityGroups()
    {
        PriorityGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy edited(&model, &PriorityGroupModel::edited);
        model.setGroups(defaultPriorityGroups());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(edited.count(), 0); // what the server holds is not an edit
        QCOMPARE(model.index(0, PriorityGroupModel::Code).data().toString(), QStringLiteral("elderly"));
        QCOMPARE(model.index(0, PriorityGroupModel::NameZh).data().toString(), QStringLiteral("老年人"));
        QVERIFY(model.flags(model.index(0, PriorityGroupModel::NameEn)) & Qt::ItemIsEditable);

        const int row = model.addGroup();
        QCOMPARE(row, 4);
        QVERIFY(model.setData(model.index(row, PriorityGroupModel::Code), QStringLiteral(" Veteran ")));
        QVERIFY(model.setData(model.index(row, PriorityGroupModel::NameZh), QStringLiteral("退役军人")));
        QVERIFY(model.setData(model.index(row, PriorityGroupModel::NameEn), QStringLiteral("Veteran")));
        QCOMPARE(model.groups().at(row), (PriorityGroup{QStringLiteral("veteran"), {QStringLiteral("退役军人"), QStringLiteral("Veteran")}}));
        QCOMPARE(edited.count(), 4);

        QVERIFY(model.moveGroup(row, -1));
        QCOMPARE(model.groups().at(3).code, QStringLiteral("veteran"));
        QCOMPARE(model.groups().at(4).code, QStringLiteral("pregnant"));
        QVERIFY(model.moveGroup(0, 1));
        QCOMPARE(priorityGroupCodes(model.groups()),
                 (QStringList{QStringLiteral("disabled"), QStringLiteral("elderly"), QStringLiteral("serviceman"),
                              QStringLiteral("veteran"), QStringLiteral("pregnant")}));
        QVERIFY(!model.moveGroup(0, -1));
        QVERIFY(!model.moveGroup(4, 1));

        model.setProblems({{QStringLiteral("priority_groups[3].name_zh"), QStringLiteral("请填写中文名称。")},
                           {QStringLiteral("promise_minutes"), QStringLiteral("not a cell")}});
        QCOMPARE(model.index(3, PriorityGroupModel::NameZh).data(Qt::ToolTipRole).toString(), QStringLiteral("请填写中文名称。"));
        QVERIFY(model.index(3, PriorityGroupModel::NameZh).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(3, PriorityGroupModel::Code).data(Qt::BackgroundRole).isValid());

        model.removeGroup(0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.groups().constFirst().code, QStringLiteral("elderly"));
        model.retranslate();
        QCOMPARE(model.headerData(PriorityGroupModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("名称（中文）"));
    }
};

QTEST_MAIN(TestAdminModels)
#include "tst_admin_models.moc"
