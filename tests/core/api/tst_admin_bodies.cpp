// The administration contract types (core/domain/api/AdminBodies.h): every fully filled value
// reads back equal from what it writes, patches carry only what changed, and a body that does not
// fit is refused naming each bad field.
#include "core/domain/api/AdminBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow;

namespace {

template<typename T>
T readBack(const T &value)
{
    auto back = T::fromJson(value.toJson());
    if (!back)
        qFatal("does not read back: %s", qPrintable(QString::fromUtf8(QJsonDocument(back.error().extra).toJson())));
    return back.value();
}

QStringList badFields(const Error &e)
{
    QStringList keys = e.extra.value(QLatin1String("fields")).toObject().keys();
    keys.sort();
    return keys;
}

AdminAccount account()
{
    AdminAccount a;
    a.id = 12;
    a.username = QStringLiteral("teller9");
    a.role = Role::Reviewer;
    a.hall = QStringLiteral("MY-FC");
    a.nameZh = QStringLiteral("张三");
    a.nameEn = QStringLiteral("Zhang San");
    a.staffNo = QStringLiteral("FC-009");
    a.categories = {QStringLiteral("pension"), QStringLiteral("employment")};
    a.matters = {QStringLiteral("PE-001")};
    a.active = false;
    a.mustChangePassword = true;
    a.locked = true;
    return a;
}

AdminWindow window(int number)
{
    AdminWindow w;
    w.number = number;
    w.kind = WindowKind::Dedicated;
    w.categories = {QStringLiteral("pension")};
    w.weights = {{QStringLiteral("pension"), 2}};
    w.label = QStringLiteral("%1号窗口 养老").arg(number);
    w.autoAssign = true;
    w.retired = number == 2;
    return w;
}

AdminHall hall()
{
    AdminHall h;
    h.code = QStringLiteral("MY-FC-CJ-01");
    h.nameZh = QStringLiteral("城郊街道社区服务站");
    h.nameEn = QStringLiteral("Chengjiao community station");
    h.level = OrgLevel::Community;
    h.parent = QStringLiteral("MY-FC-CJ");
    h.address = QStringLiteral("绵阳市涪城区铁牛街52号");
    h.latitude = 31.46;
    h.longitude = 104.68;
    h.timeZone = QStringLiteral("Asia/Shanghai");
    h.hours = {OpeningHours{1, QTime(9, 0), QTime(17, 0), QTime(12, 0), QTime(13, 30)},
               OpeningHours{6, QTime(9, 0), QTime(12, 0), {}, {}}};
    h.archived = true;
    h.windows = {window(1), window(2)};
    return h;
}

} // namespace

class TestAdminBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accountsReadBack()
    {
        QCOMPARE(readBack(account()), account());
        QCOMPARE(readBack(AdminAccountList{{account(), account()}}), (AdminAccountList{{account(), account()}}));
        const NewAccountRequest create = NewAccountRequest::of(account());
        QCOMPARE(readBack(create), create);
        QVERIFY(!create.toJson().contains(QLatin1String("id")));
        QVERIFY(!create.toJson().contains(QLatin1String("active")));
        const AccountWithPassword created{account(), QStringLiteral("Xk3-pq7-Lm2")};
        QCOMPARE(readBack(created), created);
        const ChangePasswordRequest change{QStringLiteral("old one"), QStringLiteral("a new long one")};
        QCOMPARE(readBack(change), change);
        // The JSON names are the API's.
        const QJsonObject json = account().toJson();
        for (const char *key : {"id", "username", "role", "hall", "name_zh", "name_en", "staff_no", "categories", "matters",
                                "active", "must_change_password", "locked"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
    }

    void accountPatchCarriesOnlyWhatChanged()
    {
        AdminAccount after = account();
        QVERIFY(AccountPatch::between(account(), after).isEmpty());
        after.nameEn = QStringLiteral("Zhang Sanfeng");
        after.role = Role::Teller;
        after.matters.clear();
        const AccountPatch patch = AccountPatch::between(account(), after);
        QCOMPARE(patch.toJson().keys(), (QStringList{QStringLiteral("matters"), QStringLiteral("name_en"), QStringLiteral("role")}));
        QCOMPARE(readBack(patch), patch);
        QCOMPARE(patch.toJson().value(QLatin1String("matters")).toArray().size(), 0);
    }

    void accountFilterAsQuery()
    {
        AdminAccountFilter f;
        QVERIFY(f.toQuery().isEmpty());
        f.q = QStringLiteral("张 三&x");
        f.hall = QStringLiteral("MY-FC");
        f.role = Role::Admin;
        f.includeDisabled = true;
        auto back = AdminAccountFilter::fromQuery(QUrlQuery(f.toQuery().toString(QUrl::FullyEncoded)));
        QVERIFY(back);
        QCOMPARE(back.value(), f);
        auto bad = AdminAccountFilter::fromQuery(QUrlQuery(QStringLiteral("role=kiosk&include_disabled=maybe")));
        QVERIFY(!bad);
        QCOMPARE(badFields(bad.error()), (QStringList{QStringLiteral("include_disabled"), QStringLiteral("role")}));
    }

    void badAccountsRefusedNamingTheField()
    {
        auto none = NewAccountRequest::fromJson({});
        QVERIFY(!none);
        QCOMPARE(badFields(none.error()),
                 (QStringList{QStringLiteral("hall"), QStringLiteral("name_zh"), QStringLiteral("role"), QStringLiteral("username")}));
        QJsonObject device = NewAccountRequest::of(account()).toJson();
        device.insert(QLatin1String("role"), QStringLiteral("kiosk"));
        auto refused = NewAccountRequest::fromJson(device);
        QVERIFY(!refused);
        QCOMPARE(badFields(refused.error()), QStringList{QStringLiteral("role")});
        auto patch = AccountPatch::fromJson({{QLatin1String("name_zh"), QStringLiteral("  ")},
                                             {QLatin1String("categories"), QStringLiteral("pension")}});
        QVERIFY(!patch);
        QCOMPARE(badFields(patch.error()), (QStringList{QStringLiteral("categories"), QStringLiteral("name_zh")}));
        QCOMPARE(badFields(ChangePasswordRequest::fromJson({}).error()),
                 (QStringList{QStringLiteral("new_password"), QStringLiteral("old_password")}));
    }

    void hallsAndWindowsReadBack()
    {
        QCOMPARE(readBack(hall()), hall());
        QCOMPARE(readBack(AdminHallList{{hall()}}), AdminHallList{{hall()}});
        QCOMPARE(readBack(window(3)), window(3));
        // Unknown coordinates are null, the city hall's parent too.
        AdminHall city = hall();
        city.parent.clear();
        city.level = OrgLevel::City;
        city.latitude.reset();
        city.longitude.reset();
        city.hours.clear();
        city.windows.clear();
        const QJsonObject json = city.toJson();
        QVERIFY(json.value(QLatin1String("latitude")).isNull());
        QVERIFY(json.value(QLatin1String("parent")).isNull());
        QCOMPARE(readBack(city), city);
        // "" for no lunch break.
        const QJsonObject saturday = hall().hours.at(1).toJson();
        QCOMPARE(saturday.value(QLatin1String("lunch_from")).toString(), QString());
        QCOMPARE(saturday.value(QLatin1String("open")).toString(), QStringLiteral("09:00"));
        QCOMPARE(hall().hoursOn(6)->close, QTime(12, 0));
        QVERIFY(!hall().hoursOn(7));
    }

    void hallAndWindowPatches()
    {
        AdminHall after = hall();
        QVERIFY(HallPatch::between(hall(), after).isEmpty());
        after.latitude.reset();
        after.longitude.reset();
        after.hours.removeLast();
        after.nameEn = QStringLiteral("Chengjiao station");
        const HallPatch patch = HallPatch::between(hall(), after);
        QVERIFY(patch.latitude && !*patch.latitude);
        const QJsonObject json = patch.toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("hours"), QStringLiteral("latitude"), QStringLiteral("longitude"),
                                           QStringLiteral("name_en")}));
        QVERIFY(json.value(QLatin1String("latitude")).isNull());
        QCOMPARE(readBack(patch), patch);
        auto refused = HallPatch::fromJson({{QLatin1String("code"), QStringLiteral("X")}, {QLatin1String("level"), QStringLiteral("planet")}});
        QVERIFY(!refused);
        QCOMPARE(badFields(refused.error()), (QStringList{QStringLiteral("code"), QStringLiteral("level")}));

        AdminWindow changed = window(1);
        changed.kind = WindowKind::Comprehensive;
        changed.categories.clear();
        changed.weights.clear();
        const WindowPatch wp = WindowPatch::between(window(1), changed);
        QCOMPARE(wp.toJson().keys(), (QStringList{QStringLiteral("categories"), QStringLiteral("kind"), QStringLiteral("weights")}));
        QCOMPARE(readBack(wp), wp);
        QVERIFY(WindowPatch::between(window(1), window(1)).isEmpty());
    }

    void badHallsRefusedNamingTheField()
    {
        auto empty = AdminHall::fromJson({});
        QVERIFY(!empty);
        QCOMPARE(badFields(empty.error()), (QStringList{QStringLiteral("code"), QStringLiteral("level"), QStringLiteral("name_zh")}));
        QJsonObject bad = hall().toJson();
        bad.insert(QLatin1String("latitude"), QStringLiteral("north"));
        bad.insert(QLatin1String("hours"), QJsonArray{QJsonObject{{QLatin1String("weekday"), 8},
                                                                  {QLatin1String("open"), QStringLiteral("9h")},
                                                                  {QLatin1String("close"), QStringLiteral("17:00")},
                                                                  {QLatin1String("lunch_from"), QStringLiteral("12:00")}}});
        auto refused = AdminHall::fromJson(bad);
        QVERIFY(!refused);
        QCOMPARE(badFields(refused.error()), (QStringList{QStringLiteral("hours[0].open"), QStringLiteral("hours[0].weekday"),
                                                          QStringLiteral("latitude")}));
        auto noLunchEnd = OpeningHours::fromJson({{QLatin1String("weekday"), 2},
                                                  {QLatin1String("open"), QStringLiteral("09:00")},
                                                  {QLatin1String("close"), QStringLiteral("17:00")},
                                                  {QLatin1String("lunch_from"), QStringLiteral("12:00")}});
        QVERIFY(!noLunchEnd);
        QCOMPARE(badFields(noLunchEnd.error()), QStringList{QStringLiteral("lunch_to")});
        // A weight beyond an int (3e9), or beyond any integer (1e300): refused, not converted first.
        for (const double weight : {3e9, 1e300, 0.5}) {
            QJsonObject heavy = window(1).toJson();
            heavy.insert(QLatin1String("weights"), QJsonObject{{QLatin1String("pension"), weight}});
            auto refusedWeight = AdminWindow::fromJson(heavy);
            QVERIFY2(!refusedWeight, qPrintable(QString::number(weight)));
            QCOMPARE(badFields(refusedWeight.error()), QStringList{QStringLiteral("weights")});
        }
        auto badWindow = AdminWindow::fromJson({{QLatin1String("number"), 0}, {QLatin1String("kind"), QStringLiteral("tidal")}});
        QVERIFY(!badWindow);
        QCOMPARE(badFields(badWindow.error()), (QStringList{QStringLiteral("kind"), QStringLiteral("number")}));
    }

    void devicesReadBack()
    {
        const Device d{QStringLiteral("FC-KIOSK-2"), DeviceKind::Display, QStringLiteral("MY-FC"), QStringLiteral("kiosk-fc-2"), false};
        QCOMPARE(readBack(d), d);
        QCOMPARE(readBack(DeviceList{{d}}), DeviceList{{d}});
        const DeviceWithSecret s{d, QStringLiteral("s3cret")};
        QCOMPARE(readBack(s), s);
        const NewDeviceRequest n{d.code, d.kind, d.hall, d.username};
        QCOMPARE(readBack(n), n);
        QVERIFY(!n.toJson().contains(QLatin1String("active")));
        auto bad = NewDeviceRequest::fromJson({{QLatin1String("kind"), QStringLiteral("printer")}});
        QVERIFY(!bad);
        QCOMPARE(badFields(bad.error()),
                 (QStringList{QStringLiteral("code"), QStringLiteral("hall"), QStringLiteral("kind"), QStringLiteral("username")}));
    }

    void changesReadBackAndShowTheirDifferences()
    {
        AdminChange c;
        c.id = 41;
        c.at = QDateTime(QDate(2026, 12, 7), QTime(9, 30, 15, 250), QTimeZone::utc());
        c.actor = QStringLiteral("admin");
        c.hall = QStringLiteral("MY-FC");
        c.entity = QStringLiteral("account");
        c.key = QStringLiteral("teller9");
        c.action = QStringLiteral("update");
        c.before = {{QLatin1String("name_en"), QStringLiteral("Zhang San")},
                    {QLatin1String("categories"), QJsonArray{QStringLiteral("pension")}},
                    {QLatin1String("active"), true}};
        c.after = {{QLatin1String("name_en"), QStringLiteral("Zhang Sanfeng")},
                   {QLatin1String("categories"), QJsonArray{QStringLiteral("pension"), QStringLiteral("card")}},
                   {QLatin1String("active"), true},
                   {QLatin1String("weights"), QJsonObject{{QLatin1String("pension"), 2}}}};
        // Read back inside its list: until the server's AdminLog (core/service/admin) takes this type
        // instead of its own AdminChange, naming AdminChange::toJson here would link both.
        QCOMPARE(readBack(AdminChangeList{{c, c}}), (AdminChangeList{{c, c}}));
        const QList<AdminChangeField> diff = c.differences();
        QCOMPARE(diff.size(), 3);
        QCOMPARE(diff.at(0).field, QStringLiteral("categories"));
        QCOMPARE(diff.at(0).before, QStringLiteral("pension"));
        QCOMPARE(diff.at(0).after, QStringLiteral("pension, card"));
        QCOMPARE(diff.at(0).afterValue.toStringList(), (QStringList{QStringLiteral("pension"), QStringLiteral("card")}));
        QCOMPARE(diff.at(1).field, QStringLiteral("name_en"));
        QCOMPARE(diff.at(1).after, QStringLiteral("Zhang Sanfeng"));
        QCOMPARE(diff.at(2).field, QStringLiteral("weights"));
        QCOMPARE(diff.at(2).before, QString());
        QVERIFY(!diff.at(2).beforeValue.isValid());
        QCOMPARE(diff.at(2).after, QStringLiteral("pension: 2"));
        QCOMPARE(diff.at(2).afterValue.toMap().value(QStringLiteral("pension")).toInt(), 2);
        // Absent and null are the same "no value": not a difference.
        AdminChange nulls = c;
        nulls.before = {{QLatin1String("latitude"), QJsonValue::Null}};
        nulls.after = {};
        QVERIFY(nulls.differences().isEmpty());

        AdminChangeFilter f{QStringLiteral("window"), QStringLiteral("MY-FC/3"), 40, 25};
        auto back = AdminChangeFilter::fromQuery(f.toQuery());
        QVERIFY(back);
        QCOMPARE(back.value(), f);
        auto bad = AdminChangeFilter::fromQuery(QUrlQuery(QStringLiteral("before=x&limit=0")));
        QVERIFY(!bad);
        QCOMPARE(badFields(bad.error()), (QStringList{QStringLiteral("before"), QStringLiteral("limit")}));
    }
};

QTEST_APPLESS_MAIN(TestAdminBodies)
#include "tst_admin_bodies.moc"
