// Role and Permissions: the complete role × permission table, written out here as the
// specification, and the wire names of roles and permissions.
#include "core/domain/security/Role.h"

#include <QSet>
#include <QTest>

using namespace ow;

Q_DECLARE_METATYPE(ow::Role)
Q_DECLARE_METATYPE(ow::Permission)

namespace {

const QList<Role> kRoles{Role::Teller, Role::Reviewer, Role::Supervisor, Role::Admin, Role::Kiosk, Role::Display, Role::Guide,
                         Role::HotlineAgent};
const QList<Permission> kPermissions{Permission::CatalogueRead, Permission::OrgRead,       Permission::QueueOperate,
                                     Permission::QueueSupervise, Permission::CasesIntake,  Permission::CasesReview,
                                     Permission::CasesSupervise, Permission::RatingsSubmit, Permission::AdminManage,
                                     Permission::TicketsIssue,   Permission::QueueView,     Permission::AppointmentsBook,
                                     Permission::ConsultationsLog, Permission::WorkOrdersRecord, Permission::WorkOrdersAnswer,
                                     Permission::TrainingRun};

// Who may do what. Everything not listed is denied.
QSet<Permission> allowedFor(Role role)
{
    using P = Permission;
    switch (role) {
    case Role::Teller:
        return {P::CatalogueRead, P::OrgRead, P::QueueOperate, P::CasesIntake, P::RatingsSubmit, P::TicketsIssue,
                P::QueueView, P::AppointmentsBook};
    case Role::Reviewer:
        return {P::CatalogueRead, P::OrgRead, P::CasesReview};
    case Role::Supervisor:
        return {P::CatalogueRead, P::OrgRead, P::QueueSupervise, P::CasesSupervise, P::TicketsIssue, P::QueueView,
                P::AppointmentsBook, P::ConsultationsLog, P::WorkOrdersAnswer, P::TrainingRun};
    case Role::Admin:
        return {P::CatalogueRead, P::OrgRead, P::AdminManage, P::TrainingRun};
    case Role::Kiosk:
        return {P::CatalogueRead, P::TicketsIssue};
    case Role::Display:
        return {P::QueueView};
    case Role::Guide:
        return {P::CatalogueRead, P::OrgRead, P::TicketsIssue, P::ConsultationsLog};
    case Role::HotlineAgent:
        return {P::CatalogueRead, P::OrgRead, P::AppointmentsBook, P::WorkOrdersRecord};
    }
    return {};
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allows_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        for (Role r : kRoles) {
            const QSet<Permission> allowed = allowedFor(r);
            for (Permission p : kPermissions) {
                QTest::addRow("%s %s", qPrintable(toString(r)), qPrintable(toString(p)))
                    << r << p << allowed.contains(p);
            }
        }
    }

    void allows()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(role, permission), allowed);
    }

    void namesForListsExactlyTheAllowed_data()
    {
        QTest::addColumn<Role>("role");
        for (Role r : kRoles)
            QTest::newRow(qPrintable(toString(r))) << r;
    }

    void namesForListsExactlyTheAllowed()
    {
        QFETCH(Role, role);
        QStringList expected;
        for (Permission p : kPermissions) {
            if (allowedFor(role).contains(p))
                expected << toString(p);
        }
        QCOMPARE(Permissions::namesFor(role), expected);
    }

    void devicesCannotManage()
    {
        // The two device roles never get staff powers, whatever else changes in the table.
        for (Role device : {Role::Kiosk, Role::Display}) {
            for (Permission p : {Permission::AdminManage, Permission::CasesIntake, Permission::CasesReview,
                                 Permission::QueueOperate, Permission::QueueSupervise, Permission::OrgRead})
                QVERIFY2(!Permissions::allows(device, p), qPrintable(toString(device) + QLatin1Char(' ') + toString(p)));
        }
    }

    void guidesNeitherCallNorReview()
    {
        // The guide desk sends citizens on to the windows: it never calls, serves or decides.
        for (Permission p : {Permission::QueueOperate, Permission::QueueSupervise, Permission::CasesIntake,
                             Permission::CasesReview, Permission::CasesSupervise, Permission::AdminManage,
                             Permission::RatingsSubmit, Permission::QueueView})
            QVERIFY2(!Permissions::allows(Role::Guide, p), qPrintable(toString(p)));
    }

    void roleNames_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("name");
        QTest::newRow("teller") << Role::Teller << QStringLiteral("teller");
        QTest::newRow("reviewer") << Role::Reviewer << QStringLiteral("reviewer");
        QTest::newRow("supervisor") << Role::Supervisor << QStringLiteral("supervisor");
        QTest::newRow("admin") << Role::Admin << QStringLiteral("admin");
        QTest::newRow("kiosk") << Role::Kiosk << QStringLiteral("kiosk");
        QTest::newRow("display") << Role::Display << QStringLiteral("display");
        QTest::newRow("guide") << Role::Guide << QStringLiteral("guide");
        QTest::newRow("hotline_agent") << Role::HotlineAgent << QStringLiteral("hotline_agent");
    }

    void roleNames()
    {
        QFETCH(Role, role);
        QFETCH(QString, name);
        QCOMPARE(toString(role), name);
        QCOMPARE(roleFromString(name), std::optional<Role>(role));
        QVERIFY(!roleDisplayName(role).isEmpty());
    }

    void unknownRoleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << QStringLiteral("Teller");
        QTest::newRow("padded") << QStringLiteral(" teller");
        QTest::newRow("root") << QStringLiteral("root");
        QTest::newRow("permission name") << QStringLiteral("admin.manage");
    }

    void unknownRoleNames()
    {
        QFETCH(QString, name);
        QVERIFY(!roleFromString(name).has_value());
    }

    void permissionNames_data()
    {
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<QString>("name");
        QTest::newRow("catalogue.read") << Permission::CatalogueRead << QStringLiteral("catalogue.read");
        QTest::newRow("org.read") << Permission::OrgRead << QStringLiteral("org.read");
        QTest::newRow("queue.operate") << Permission::QueueOperate << QStringLiteral("queue.operate");
        QTest::newRow("queue.supervise") << Permission::QueueSupervise << QStringLiteral("queue.supervise");
        QTest::newRow("cases.intake") << Permission::CasesIntake << QStringLiteral("cases.intake");
        QTest::newRow("cases.review") << Permission::CasesReview << QStringLiteral("cases.review");
        QTest::newRow("cases.supervise") << Permission::CasesSupervise << QStringLiteral("cases.supervise");
        QTest::newRow("ratings.submit") << Permission::RatingsSubmit << QStringLiteral("ratings.submit");
        QTest::newRow("admin.manage") << Permission::AdminManage << QStringLiteral("admin.manage");
        QTest::newRow("tickets.issue") << Permission::TicketsIssue << QStringLiteral("tickets.issue");
        QTest::newRow("queue.view") << Permission::QueueView << QStringLiteral("queue.view");
        QTest::newRow("appointments.book") << Permission::AppointmentsBook << QStringLiteral("appointments.book");
        QTest::newRow("workorders.record") << Permission::WorkOrdersRecord << QStringLiteral("workorders.record");
        QTest::newRow("workorders.answer") << Permission::WorkOrdersAnswer << QStringLiteral("workorders.answer");
        QTest::newRow("training.run") << Permission::TrainingRun << QStringLiteral("training.run");
    }

    void permissionNames()
    {
        QFETCH(Permission, permission);
        QFETCH(QString, name);
        QCOMPARE(toString(permission), name);
    }

    void permissionNamesAreUnique()
    {
        QSet<QString> names;
        for (Permission p : kPermissions)
            names.insert(toString(p));
        QCOMPARE(names.size(), kPermissions.size());
        QVERIFY(!names.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
