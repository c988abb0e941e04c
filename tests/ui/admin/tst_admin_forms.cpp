// The administration forms check as the administrator types (AdminRules): each problem shows
// under its field once the field was edited, the first one beside the buttons, and OK stays
// disabled until there is none. No server is needed: nothing is sent.
#include "core/client/AdminClient.h"
#include "core/client/ApiClient.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/org/AdminRules.h"
#include "ui/admin/AccountForm.h"
#include "ui/admin/DeviceForm.h"
#include "ui/admin/FormFeedback.h"
#include "ui/admin/HallForm.h"
#include "ui/admin/OpeningHoursEditor.h"
#include "ui/admin/WindowForm.h"
#include "ui/common/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace ow;

namespace {

AdminHall hall(const QString &code, OrgLevel level, const QString &parent)
{
    AdminHall h;
    h.code = code;
    h.level = level;
    h.parent = parent;
    h.nameZh = code + QStringLiteral("大厅");
    h.nameEn = code + QStringLiteral(" hall");
    return h;
}

QList<AdminHall> halls()
{
    AdminHall fc = hall(QStringLiteral("MY-FC"), OrgLevel::County, QStringLiteral("MY-CITY"));
    fc.windows = {AdminWindow{1, WindowKind::Comprehensive, {}, {}, {}, false, false},
                  AdminWindow{2, WindowKind::Comprehensive, {}, {}, {}, false, true}};
    return {hall(QStringLiteral("MY-CITY"), OrgLevel::City, {}), fc};
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

void typeInto(QWidget *form, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(form, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1) {
        QTest::keyClicks(edit, text);
        return;
    }
    // Chinese comes through an input method, not key by key: the text arrives as one edit.
    edit->insert(text);
    Q_EMIT edit->textEdited(edit->text());
}

} // namespace

class TestAdminForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        LanguageManager::apply(QStringLiteral("zh_CN"));
        auto c = Catalogue::fromJson(Catalogue::bundledJson());
        QVERIFY(c);
        m_catalogue = std::move(c).value();
    }

    void accountFormChecksAsYouType()
    {
        AdminAccount teller1;
        teller1.id = 1;
        teller1.username = QStringLiteral("teller1");
        teller1.hall = QStringLiteral("MY-FC");
        AccountForm form(m_admin, halls(), {teller1}, &m_catalogue, std::nullopt, QStringLiteral("MY-FC"));
        auto *ok = child<QPushButton>(&form, "formOk");
        auto *summary = child<QLabel>(&form, "formSummary");
        // Empty at first: OK disabled with a reason, but no field shouts before it was touched.
        QVERIFY(!ok->isEnabled());
        QCOMPARE(summary->text(), QStringLiteral("请填写用户名。"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("username")), QString());

        typeInto(&form, "accountUsername", QStringLiteral("ab"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("username")), QStringLiteral("用户名须为 3 至 32 个字符。"));
        typeInto(&form, "accountUsername", QStringLiteral("9Wang"));
        QVERIFY(form.feedback()->shownProblem(QStringLiteral("username")).startsWith(QStringLiteral("用户名须以小写字母开头")));
        typeInto(&form, "accountUsername", QStringLiteral("teller1"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("username")), QStringLiteral("用户名 teller1 已被使用。"));
        typeInto(&form, "accountUsername", QStringLiteral("wangli"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("username")), QString());
        QVERIFY(!ok->isEnabled());
        QCOMPARE(summary->text(), QStringLiteral("请填写中文姓名。"));

        typeInto(&form, "accountNameZh", QStringLiteral("王丽"));
        QVERIFY2(ok->isEnabled(), qPrintable(summary->text()));
        QCOMPARE(summary->text(), QString());
        typeInto(&form, "accountStaffNo", QStringLiteral("FC 12"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!form.feedback()->shownProblem(QStringLiteral("staff_no")).isEmpty());
        typeInto(&form, "accountStaffNo", QStringLiteral("FC-12"));
        QVERIFY(ok->isEnabled());

        // A reviewer needs the categories they review; the matters follow the ticked categories.
        auto *role = child<QComboBox>(&form, "accountRole");
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Reviewer)));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(summary->text(), QStringLiteral("请选择审核人员负责的业务类别。"));
        auto *categories = child<QListWidget>(&form, "accountCategories");
        auto *matters = child<QListWidget>(&form, "accountMatters");
        QCOMPARE(matters->count(), 0);
        categories->item(0)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        QVERIFY(matters->count() > 0);
        const AdminAccount a = form.account();
        QCOMPARE(a.username, QStringLiteral("wangli"));
        QVERIFY(a.role == Role::Reviewer);
        QCOMPARE(a.hall, QStringLiteral("MY-FC"));
        QCOMPARE(a.categories.size(), 1);
        QVERIFY(a.matters.isEmpty());
        // A supervisor has no categories: they are not sent.
        role->setCurrentIndex(role->findData(static_cast<int>(Role::Supervisor)));
        QVERIFY(form.account().categories.isEmpty());
    }

    void editingAnAccountKeepsItsUserName()
    {
        AdminAccount a;
        a.id = 5;
        a.username = QStringLiteral("Legacy.Name"); // made before today's rules: still editable
        a.nameZh = QStringLiteral("李四");
        a.hall = QStringLiteral("MY-FC");
        AccountForm form(m_admin, halls(), {a}, &m_catalogue, a, a.hall);
        QVERIFY(!child<QLineEdit>(&form, "accountUsername")->isEnabled());
        QVERIFY(child<QPushButton>(&form, "formOk")->isEnabled());
        typeInto(&form, "accountNameZh", QString());
        QVERIFY(!child<QPushButton>(&form, "formOk")->isEnabled());
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("name_zh")), QStringLiteral("请填写中文姓名。"));
    }

    void hallFormChecksCodeCoordinatesAndHours()
    {
        HallForm form(m_admin, halls(), std::nullopt, QStringLiteral("MY-FC"));
        auto *ok = child<QPushButton>(&form, "formOk");
        // Below a county hall, a township hall is suggested, with the usual week.
        QCOMPARE(child<QComboBox>(&form, "hallLevel")->currentData().toInt(), static_cast<int>(OrgLevel::Township));
        QCOMPARE(form.hall().hours.size(), 5);
        QVERIFY(!ok->isEnabled());

        typeInto(&form, "hallCode", QStringLiteral("my-fc"));
        QCOMPARE(child<QLineEdit>(&form, "hallCode")->text(), QStringLiteral("MY-FC")); // raised as typed
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("code")), QStringLiteral("代码 MY-FC 已被使用。"));
        typeInto(&form, "hallCode", QStringLiteral("MY--FC"));
        QVERIFY(form.feedback()->shownProblem(QStringLiteral("code")).startsWith(QStringLiteral("代码须以字母开头")));
        typeInto(&form, "hallCode", QStringLiteral("MY-FC-CJ-02"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("code")), QString());
        typeInto(&form, "hallNameZh", QStringLiteral("城郊街道第二便民服务站"));
        QVERIFY(!ok->isEnabled()); // the English name is required too
        typeInto(&form, "hallNameEn", QStringLiteral("Chengjiao service point 2"));
        QVERIFY2(ok->isEnabled(), qPrintable(child<QLabel>(&form, "formSummary")->text()));

        typeInto(&form, "hallLatitude", QStringLiteral("95"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("latitude")), QStringLiteral("纬度须在 -90 至 90 度之间。"));
        QVERIFY(!ok->isEnabled());
        typeInto(&form, "hallLatitude", QStringLiteral("北纬31度"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("latitude")), QStringLiteral("纬度请填写度数，例如 31.4679。"));
        typeInto(&form, "hallLatitude", QStringLiteral("31,4679")); // a comma is read as the decimal point
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("latitude")), QString());
        QCOMPARE(child<QLabel>(&form, "formSummary")->text(), QStringLiteral("纬度和经度须同时填写或同时留空。"));
        typeInto(&form, "hallLongitude", QStringLiteral("181"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("longitude")), QStringLiteral("经度须在 -180 至 180 度之间。"));
        typeInto(&form, "hallLongitude", QStringLiteral("104.6796"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(*form.hall().latitude, 31.4679);

        // A lunch break before opening time is refused, naming the day.
        child<QTimeEdit>(&form, "hoursLunchFrom3")->setTime(QTime(8, 0));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("hours")), QStringLiteral("周三：午休须在上班之后开始、下班之前结束。"));
        child<QCheckBox>(&form, "hoursLunch3")->setChecked(false);
        QVERIFY(ok->isEnabled());
        child<QTimeEdit>(&form, "hoursTo1")->setTime(QTime(8, 30));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("hours")), QStringLiteral("周一：下班时间须晚于上班时间。"));
        child<QTimeEdit>(&form, "hoursTo1")->setTime(QTime(17, 30));
        // Saturday morning opened; Tuesday–Friday copied from Monday (Wednesday gets its lunch back).
        child<QCheckBox>(&form, "hoursOpen6")->setChecked(true);
        child<QTimeEdit>(&form, "hoursTo6")->setTime(QTime(12, 0));
        QTest::mouseClick(child<QPushButton>(&form, "hoursLikeMonday"), Qt::LeftButton);
        const QList<OpeningHours> hours = form.hall().hours;
        QCOMPARE(hours.size(), 6);
        QCOMPARE(hours.at(2), (OpeningHours{3, QTime(9, 0), QTime(17, 30), QTime(12, 0), QTime(13, 30)}));
        QCOMPARE(hours.at(5), (OpeningHours{6, QTime(9, 0), QTime(12, 0), {}, {}}));
        QVERIFY(ok->isEnabled());

        // The city hall has no parent: choosing "none" makes the level city.
        auto *parent = child<QComboBox>(&form, "hallParent");
        parent->setCurrentIndex(parent->findData(QString()));
        QCOMPARE(child<QComboBox>(&form, "hallLevel")->currentData().toInt(), static_cast<int>(OrgLevel::City));
        auto *level = child<QComboBox>(&form, "hallLevel");
        level->setCurrentIndex(level->findData(static_cast<int>(OrgLevel::Community)));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("parent")), QStringLiteral("请选择上级大厅。"));
    }

    void windowFormChecksNumberAndCategories()
    {
        WindowForm form(m_admin, &m_catalogue, halls().at(1), std::nullopt);
        auto *ok = child<QPushButton>(&form, "formOk");
        auto *number = child<QSpinBox>(&form, "windowNumber");
        QCOMPARE(number->value(), 3); // after the highest number in use, retired ones included
        QVERIFY(ok->isEnabled());
        number->setValue(1);
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("number")), QStringLiteral("本大厅已有 1 号窗口。"));
        number->setValue(2); // window 2 is retired: its number stays its own (the server refuses it too)
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("number")), QStringLiteral("本大厅 2 号窗口已停用，其编号仍保留：请另选编号。"));
        number->setValue(3);
        QVERIFY(ok->isEnabled());
        auto *kind = child<QComboBox>(&form, "windowKind");
        kind->setCurrentIndex(kind->findData(static_cast<int>(WindowKind::Dedicated)));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(child<QLabel>(&form, "formSummary")->text(), QStringLiteral("专窗至少须办理一个业务类别。"));
        auto *table = child<QTableWidget>(&form, "windowCategories");
        table->item(1, 0)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        child<QSpinBox>(&form, qPrintable(QStringLiteral("weight_") + table->item(1, 0)->data(Qt::UserRole).toString()))->setValue(3);
        typeInto(&form, "windowLabel", QStringLiteral("2号窗口 养老"));
        const AdminWindow w = form.window();
        QCOMPARE(w.number, 3);
        QVERIFY(w.kind == WindowKind::Dedicated);
        QCOMPARE(w.categories, QStringList{table->item(1, 0)->data(Qt::UserRole).toString()});
        QCOMPARE(w.weights.value(w.categories.first()), 3);
        QCOMPARE(w.label, QStringLiteral("2号窗口 养老"));
        typeInto(&form, "windowLabel", QString(41, QLatin1Char('x')));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("label")), QStringLiteral("窗口名称最多 40 个字符。"));
        QVERIFY(!ok->isEnabled());
    }

    void deviceFormSuggestsTheLoginName()
    {
        const Device existing{QStringLiteral("FC-KIOSK-1"), DeviceKind::Kiosk, QStringLiteral("MY-FC"), QStringLiteral("kiosk-fc"), true};
        DeviceForm form(m_admin, halls(), {existing}, QStringLiteral("MY-FC"));
        auto *ok = child<QPushButton>(&form, "formOk");
        QVERIFY(!ok->isEnabled());
        typeInto(&form, "deviceCode", QStringLiteral("fc-kiosk-2"));
        QCOMPARE(child<QLineEdit>(&form, "deviceCode")->text(), QStringLiteral("FC-KIOSK-2"));
        QCOMPARE(child<QLineEdit>(&form, "deviceUsername")->text(), QStringLiteral("fc-kiosk-2"));
        QVERIFY(ok->isEnabled());
        typeInto(&form, "deviceUsername", QStringLiteral("kiosk-fc"));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("username")), QStringLiteral("用户名 kiosk-fc 已被使用。"));
        QVERIFY(!ok->isEnabled());
        typeInto(&form, "deviceCode", QStringLiteral("FC-KIOSK-1"));
        QCOMPARE(child<QLineEdit>(&form, "deviceUsername")->text(), QStringLiteral("kiosk-fc")); // typed by hand: kept
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("code")), QStringLiteral("代码 FC-KIOSK-1 已被使用。"));
        typeInto(&form, "deviceCode", QStringLiteral("FC-SCREEN-2"));
        typeInto(&form, "deviceUsername", QStringLiteral("display-fc-2"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(form.device(), (NewDeviceRequest{QStringLiteral("FC-SCREEN-2"), DeviceKind::Kiosk, QStringLiteral("MY-FC"),
                                                  QStringLiteral("display-fc-2")}));
    }

    // The queue rules page checks with AdminRules::checkQueueRules: the server's own reading of the
    // body, each group's problem saying which group it is, in the form's order.
    void queueRulesAreCheckedAsTheServerReadsThem()
    {
        QueueRules rules;
        rules.priorityGroups = defaultPriorityGroups();
        QVERIFY(AdminRules::checkQueueRules(rules).isEmpty());
        rules.promiseMinutes = 0;
        rules.slotCapacity = QueueRules::kMaxCapacity + 1;
        rules.priorityGroups.append(PriorityGroup{QStringLiteral("elderly"), {QStringLiteral("高龄老人"), QStringLiteral("Aged")}});
        rules.priorityGroups.append(PriorityGroup{QStringLiteral("Bad"), {QString(), QStringLiteral("Bad")}});
        const FieldProblems problems = AdminRules::checkQueueRules(rules);
        QStringList fields;
        for (const FieldProblem &p : problems)
            fields << p.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("promise_minutes"), QStringLiteral("slot_capacity"),
                                      QStringLiteral("priority_groups[4].code"), QStringLiteral("priority_groups[5].code"),
                                      QStringLiteral("priority_groups[5].name_zh")}));
        QCOMPARE(problems.at(0).message, QStringLiteral("请输入 1 到 240 之间的整数。"));
        QCOMPARE(problems.at(2).message, QStringLiteral("第 5 类优先人群：人群代码 elderly 重复。"));
        QCOMPARE(problems.at(4).message, QStringLiteral("第 6 类优先人群：请填写中文名称。"));
        rules.priorityGroups.clear();
        for (int i = 0; i <= QueueRules::kMaxGroups; ++i)
            rules.priorityGroups.append(PriorityGroup{QStringLiteral("group_") + QChar(u'a' + i), {QStringLiteral("人群"), QStringLiteral("Group")}});
        rules.promiseMinutes = 15;
        rules.slotCapacity = 6;
        QCOMPARE(AdminRules::checkQueueRules(rules),
                 (FieldProblems{{QStringLiteral("priority_groups"), QStringLiteral("优先人群最多 20 类。")}}));
    }

    void serverRefusalShowsUnderTheField()
    {
        HallForm form(m_admin, halls(), halls().at(1), QStringLiteral("MY-CITY"));
        QVERIFY(child<QPushButton>(&form, "formOk")->isEnabled());
        form.feedback()->showRefusal(QStringLiteral("输入有误"), {{QStringLiteral("hours[0].open"), QStringLiteral("须为 HH:mm")}});
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("hours")), QStringLiteral("须为 HH:mm"));
        QCOMPARE(child<QLabel>(&form, "formSummary")->text(), QStringLiteral("输入有误"));
        // Editing the field puts the server's word aside.
        child<QTimeEdit>(&form, "hoursFrom1")->setTime(QTime(8, 30));
        QCOMPARE(form.feedback()->shownProblem(QStringLiteral("hours")), QString());
        QCOMPARE(child<QLabel>(&form, "formSummary")->text(), QString());
    }

private:
    Catalogue m_catalogue;
    ApiClient m_api;
    AdminClient m_admin{m_api};
};

QTEST_MAIN(TestAdminForms)
#include "tst_admin_forms.moc"
