// requireHall: the one hall check. Everyone may act in their own hall; a route that allows
// OwnOrSupervisor also lets supervisors (who supervise queues) name another hall; administrators
// may act anywhere; everyone else is Forbidden, with the hall named.
#include "core/domain/security/Account.h"

#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(ow::Role)
Q_DECLARE_METATYPE(ow::HallScope)

class TestRequireHall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requireHall_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("target");
        QTest::addColumn<HallScope>("scope");
        QTest::addColumn<bool>("allowed");
        const QString own = QStringLiteral("MY-FC");
        const QString other = QStringLiteral("MY-YX");
        const struct
        {
            Role role;
            const char *name;
            bool otherOwn;        // another hall, scope Own
            bool otherSupervisor; // another hall, scope OwnOrSupervisor
        } rows[] = {
            {Role::Teller, "teller", false, false},
            {Role::Reviewer, "reviewer", false, false},
            {Role::Supervisor, "supervisor", false, true},
            {Role::Admin, "admin", true, true},
            {Role::Kiosk, "kiosk", false, false},
            {Role::Display, "display", false, false},
            {Role::Guide, "guide", false, false},
        };
        for (const auto &r : rows) {
            QTest::addRow("%s, own hall, Own", r.name) << r.role << own << HallScope::Own << true;
            QTest::addRow("%s, own hall, OwnOrSupervisor", r.name) << r.role << own << HallScope::OwnOrSupervisor << true;
            QTest::addRow("%s, other hall, Own", r.name) << r.role << other << HallScope::Own << r.otherOwn;
            QTest::addRow("%s, other hall, OwnOrSupervisor", r.name) << r.role << other << HallScope::OwnOrSupervisor
                                                                     << r.otherSupervisor;
            // Hall codes are exact: a hall below one's own is another hall.
            QTest::addRow("%s, hall below, Own", r.name) << r.role << QStringLiteral("MY-FC-CJ") << HallScope::Own << r.otherOwn;
            QTest::addRow("%s, code in lower case, Own", r.name) << r.role << QStringLiteral("my-fc") << HallScope::Own << r.otherOwn;
        }
    }

    void requireHall()
    {
        QFETCH(Role, role);
        QFETCH(QString, target);
        QFETCH(HallScope, scope);
        QFETCH(bool, allowed);
        Account who;
        who.id = 7;
        who.role = role;
        who.hallCode = QStringLiteral("MY-FC");
        const Status st = ow::requireHall(who, target, scope);
        QCOMPARE(st.ok(), allowed);
        if (!allowed) {
            QVERIFY(st.error().code == ErrorCode::Forbidden);
            QVERIFY2(st.error().detail.contains(target), qPrintable(st.error().detail));
        }
    }

    void ownIsTheDefaultScope()
    {
        Account supervisor;
        supervisor.role = Role::Supervisor;
        supervisor.hallCode = QStringLiteral("MY-CITY");
        QVERIFY(!ow::requireHall(supervisor, QStringLiteral("MY-FC")).ok());
        QVERIFY(ow::requireHall(supervisor, QStringLiteral("MY-FC"), HallScope::OwnOrSupervisor).ok());
        QVERIFY(ow::requireHall(supervisor, QStringLiteral("MY-CITY")).ok());
    }

    void theCheckAgreesWithPermissions()
    {
        // requireHall and Permissions::atHall say the same for scope Own, for every role.
        for (Role role : {Role::Teller, Role::Reviewer, Role::Supervisor, Role::Admin, Role::Kiosk, Role::Display, Role::Guide}) {
            Account who;
            who.role = role;
            who.hallCode = QStringLiteral("MY-CITY");
            for (const QString &hall : {QStringLiteral("MY-CITY"), QStringLiteral("MY-FC")})
                QCOMPARE(ow::requireHall(who, hall, HallScope::Own).ok(), Permissions::atHall(who.hallCode, role, hall));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequireHall)
#include "tst_requirehall.moc"
