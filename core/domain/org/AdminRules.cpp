#include "core/domain/org/AdminRules.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/security/PasswordPolicy.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace ow {

namespace {

void add(FieldProblems &out, const QString &field, const QString &message)
{
    if (!message.isEmpty())
        out.append({field, message});
}

bool inRange(const std::optional<double> &v, double limit)
{
    return !v || (*v >= -limit && *v <= limit);
}

} // namespace

QString AdminRules::usernameProblem(const QString &username)
{
    // \A…\z, here and in every shape check: "$" also matches before a final newline.
    static const QRegularExpression pattern(QStringLiteral("\\A[a-z][a-z0-9._-]*\\z"));
    if (username.isEmpty())
        return tr("Enter a user name.");
    if (username.size() < 3 || username.size() > 32)
        return tr("A user name has 3 to 32 characters.");
    if (!pattern.match(username).hasMatch())
        return tr("A user name starts with a lower-case letter and has only lower-case letters, digits, \".\", \"_\" and \"-\".");
    return {};
}

QString AdminRules::codeProblem(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Z0-9]+(-[A-Z0-9]+)*\\z"));
    if (code.isEmpty())
        return tr("Enter a code.");
    if (code.size() < 2 || code.size() > 32)
        return tr("A code has 2 to 32 characters.");
    if (!pattern.match(code).hasMatch() || !code.front().isLetter())
        return tr("A code starts with a letter and has upper-case letters and digits in groups joined by \"-\", for example MY-FC-CJ-01.");
    return {};
}

QString AdminRules::staffNoProblem(const QString &staffNo)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9-]{1,20}\\z"));
    if (staffNo.isEmpty() || pattern.match(staffNo).hasMatch())
        return {};
    return tr("A staff number has up to 20 letters, digits and \"-\".");
}

QString AdminRules::weekdayName(int weekday)
{
    switch (weekday) {
    case 1:
        return tr("Monday");
    case 2:
        return tr("Tuesday");
    case 3:
        return tr("Wednesday");
    case 4:
        return tr("Thursday");
    case 5:
        return tr("Friday");
    case 6:
        return tr("Saturday");
    case 7:
        return tr("Sunday");
    default:
        return {};
    }
}

FieldProblems AdminRules::checkAccount(const AdminAccount &account, bool isNew, const QList<AdminAccount> &known)
{
    FieldProblems out;
    if (isNew) {
        add(out, QStringLiteral("username"), usernameProblem(account.username));
        for (const AdminAccount &a : known) {
            if (a.username == account.username) {
                add(out, QStringLiteral("username"), tr("The user name %1 is taken.").arg(account.username));
                break;
            }
        }
    }
    if (account.nameZh.trimmed().isEmpty())
        add(out, QStringLiteral("name_zh"), tr("Enter the person's name in Chinese."));
    else if (account.nameZh.size() > kMaxName)
        add(out, QStringLiteral("name_zh"), tr("A name has at most %1 characters.").arg(kMaxName));
    if (account.nameEn.size() > kMaxName)
        add(out, QStringLiteral("name_en"), tr("A name has at most %1 characters.").arg(kMaxName));
    if (!isPersonRole(account.role))
        add(out, QStringLiteral("role"), tr("Choose a role."));
    if (account.hall.isEmpty())
        add(out, QStringLiteral("hall"), tr("Choose the hall the person works at."));
    add(out, QStringLiteral("staff_no"), staffNoProblem(account.staffNo));
    if (account.role == Role::Reviewer && account.categories.isEmpty())
        add(out, QStringLiteral("categories"), tr("Choose the categories the reviewer reviews."));
    return out;
}

FieldProblems AdminRules::checkHall(const AdminHall &hall, bool isNew, const QList<AdminHall> &halls)
{
    FieldProblems out;
    if (isNew) {
        add(out, QStringLiteral("code"), codeProblem(hall.code));
        for (const AdminHall &h : halls) {
            if (h.code == hall.code) {
                add(out, QStringLiteral("code"), tr("The code %1 is taken.").arg(hall.code));
                break;
            }
        }
    }
    if (hall.nameZh.trimmed().isEmpty())
        add(out, QStringLiteral("name_zh"), tr("Enter the name in Chinese."));
    else if (hall.nameZh.size() > 2 * kMaxName)
        add(out, QStringLiteral("name_zh"), tr("A name has at most %1 characters.").arg(2 * kMaxName));
    if (hall.nameEn.trimmed().isEmpty())
        add(out, QStringLiteral("name_en"), tr("Enter the name in English."));
    else if (hall.nameEn.size() > 2 * kMaxName)
        add(out, QStringLiteral("name_en"), tr("A name has at most %1 characters.").arg(2 * kMaxName));
    if (hall.level == OrgLevel::City) {
        if (!hall.parent.isEmpty())
            add(out, QStringLiteral("parent"), tr("The city hall has no parent hall."));
    } else if (hall.parent.isEmpty()) {
        add(out, QStringLiteral("parent"), tr("Choose the hall this one belongs to."));
    } else {
        const AdminHall *parent = nullptr;
        for (const AdminHall &h : halls) {
            if (h.code == hall.parent)
                parent = &h;
        }
        if (!parent)
            add(out, QStringLiteral("parent"), tr("There is no hall %1.").arg(hall.parent));
        else if (parent->code == hall.code)
            add(out, QStringLiteral("parent"), tr("A hall cannot belong to itself."));
        else if (depthOf(parent->level) >= depthOf(hall.level))
            add(out, QStringLiteral("level"), tr("A %1 hall cannot belong to a %2 hall.")
                                                  .arg(orgLevelDisplayName(hall.level), orgLevelDisplayName(parent->level)));
        else if (parent->archived && !hall.archived) // an archived hall may keep its place below one
            add(out, QStringLiteral("parent"), tr("The hall %1 is archived.").arg(parent->code));
    }
    if (hall.latitude.has_value() != hall.longitude.has_value())
        add(out, hall.latitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
            tr("Enter both latitude and longitude, or neither."));
    if (!inRange(hall.latitude, 90))
        add(out, QStringLiteral("latitude"), tr("The latitude is between -90 and 90 degrees."));
    if (!inRange(hall.longitude, 180))
        add(out, QStringLiteral("longitude"), tr("The longitude is between -180 and 180 degrees."));
    if (!QTimeZone::isTimeZoneIdAvailable(hall.timeZone.toUtf8()))
        add(out, QStringLiteral("time_zone"), tr("Choose a time zone from the list."));
    out += checkHours(hall.hours);
    return out;
}

FieldProblems AdminRules::checkPlace(const AdminHall &hall, const QList<AdminHall> &tree)
{
    FieldProblems out;
    QHash<QString, const AdminHall *> byCode;
    for (const AdminHall &h : tree)
        byCode.insert(h.code, &h);
    // Up from the parent: meeting the hall again is a cycle (each hall seen once, so a tree that
    // already had one elsewhere does not loop here).
    QSet<QString> seen;
    QString up = hall.parent;
    while (!up.isEmpty() && !seen.contains(up)) {
        if (up == hall.code) {
            add(out, QStringLiteral("parent"), tr("Hall %1 is below %2: the tree would have a cycle.").arg(hall.parent, hall.code));
            break;
        }
        seen.insert(up);
        const AdminHall *above = byCode.value(up);
        up = above ? above->parent : QString();
    }
    for (const AdminHall &child : tree) {
        if (child.parent == hall.code && child.code != hall.code && depthOf(child.level) <= depthOf(hall.level)) {
            add(out, QStringLiteral("level"), tr("Hall %1 below this one would no longer be of a lower level.").arg(child.code));
            break;
        }
    }
    return out;
}

FieldProblems AdminRules::checkHours(const QList<OpeningHours> &hours)
{
    FieldProblems out;
    QList<int> seen;
    for (const OpeningHours &h : hours) {
        const QString day = weekdayName(h.weekday);
        if (day.isEmpty()) {
            add(out, QStringLiteral("hours"), tr("A weekday is 1 (Monday) to 7 (Sunday)."));
            continue;
        }
        if (seen.contains(h.weekday)) {
            add(out, QStringLiteral("hours"), tr("%1 is listed twice.").arg(day));
            continue;
        }
        seen.append(h.weekday);
        if (!h.open.isValid() || !h.close.isValid() || h.open >= h.close) {
            add(out, QStringLiteral("hours"), tr("%1: the hall must close after it opens.").arg(day));
            continue;
        }
        if (h.lunchFrom.isValid() != h.lunchTo.isValid()) {
            add(out, QStringLiteral("hours"), tr("%1: give the start and the end of the lunch break.").arg(day));
            continue;
        }
        if (h.hasLunchBreak() && (h.lunchFrom >= h.lunchTo || h.lunchFrom <= h.open || h.lunchTo >= h.close))
            add(out, QStringLiteral("hours"), tr("%1: the lunch break must start after opening and end before closing.").arg(day));
    }
    return out;
}

FieldProblems AdminRules::checkWindow(const AdminWindow &window, bool isNew, const AdminHall &hall)
{
    FieldProblems out;
    if (window.number < 1 || window.number > kMaxWindowNumber) {
        add(out, QStringLiteral("number"), tr("A window number is 1 to %1.").arg(kMaxWindowNumber));
    } else if (isNew) {
        for (const AdminWindow &w : hall.windows) {
            // A retired window keeps its number: its history names it.
            if (w.number == window.number) {
                add(out, QStringLiteral("number"),
                    w.retired ? tr("Window %1 of this hall is retired and keeps its number: choose another.").arg(window.number)
                              : tr("Window %1 already exists in this hall.").arg(window.number));
                break;
            }
        }
    }
    if (window.label.size() > kMaxLabel)
        add(out, QStringLiteral("label"), tr("A label has at most %1 characters.").arg(kMaxLabel));
    if (window.kind == WindowKind::Dedicated && window.categories.isEmpty())
        add(out, QStringLiteral("categories"), tr("A dedicated window serves at least one category."));
    for (auto it = window.weights.constBegin(); it != window.weights.constEnd(); ++it) {
        if (it.value() < 1 || it.value() > kMaxWeight) {
            add(out, QStringLiteral("weights"), tr("A preference weight is 1 to %1.").arg(kMaxWeight));
            break;
        }
    }
    return out;
}

FieldProblems AdminRules::checkDevice(const NewDeviceRequest &device, const QList<Device> &known)
{
    FieldProblems out;
    add(out, QStringLiteral("code"), codeProblem(device.code));
    add(out, QStringLiteral("username"), usernameProblem(device.username));
    for (const Device &d : known) {
        if (d.code == device.code)
            add(out, QStringLiteral("code"), tr("The code %1 is taken.").arg(device.code));
        if (d.username == device.username)
            add(out, QStringLiteral("username"), tr("The user name %1 is taken.").arg(device.username));
    }
    if (device.hall.isEmpty())
        add(out, QStringLiteral("hall"), tr("Choose the hall the device stands in."));
    return out;
}

FieldProblems AdminRules::checkCatalogueCodes(const Catalogue &catalogue, const QStringList &categories,
                                              const QStringList &weighted, const QStringList &matters)
{
    FieldProblems out;
    const auto firstUnknown = [](const QStringList &codes, const auto &known) {
        for (const QString &c : codes) {
            if (!known(c))
                return c;
        }
        return QString();
    };
    const auto isCategory = [&catalogue](const QString &c) { return catalogue.category(c) != nullptr; };
    if (const QString c = firstUnknown(categories, isCategory); !c.isEmpty())
        add(out, QStringLiteral("categories"), tr("There is no category %1 in the catalogue.").arg(c));
    if (const QString c = firstUnknown(weighted, isCategory); !c.isEmpty())
        add(out, QStringLiteral("weights"), tr("There is no category %1 in the catalogue.").arg(c));
    if (const QString m = firstUnknown(matters, [&catalogue](const QString &code) { return catalogue.service(code) != nullptr; });
        !m.isEmpty())
        add(out, QStringLiteral("matters"), tr("There is no matter %1 in the catalogue.").arg(m));
    return out;
}

FieldProblems AdminRules::checkQueueRules(const QueueRules &rules)
{
    auto read = QueueRules::fromJson(rules.toJson());
    if (read)
        return {};
    const QJsonObject fields = read.error().extra.value(QLatin1String("fields")).toObject();
    // The form's order: the numbers, then the list, then each group's code and names.
    static const QStringList kOrder{QStringLiteral("promise_minutes"), QStringLiteral("max_recalls"),
                                    QStringLiteral("recall_gap_seconds"), QStringLiteral("priority_ratio"),
                                    QStringLiteral("slot_capacity"), QStringLiteral("keep_numbers_overnight"),
                                    QStringLiteral("priority_groups")};
    FieldProblems out;
    for (const QString &field : kOrder)
        add(out, field, fields.value(field).toString());
    static const QRegularExpression groupField(QStringLiteral("^priority_groups\\[(\\d+)\\]\\.(code|name_zh|name_en)$"));
    for (qsizetype i = 0; i < rules.priorityGroups.size(); ++i) {
        for (const QString &key : {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en")}) {
            const QString field = QStringLiteral("priority_groups[%1].%2").arg(i).arg(key);
            QString why = fields.value(field).toString();
            if (why.isEmpty())
                continue;
            // The server's word for an empty field is not for a person: say what is missing.
            if (why == QLatin1String("required")) {
                why = key == QLatin1String("code")      ? tr("Enter the group's code.")
                      : key == QLatin1String("name_zh") ? tr("Enter the group's Chinese name.")
                                                        : tr("Enter the group's English name.");
            }
            out.append({field, tr("Priority group %1: %2").arg(i + 1).arg(why)});
        }
    }
    // Anything else the server's reading found (nothing today): as it says.
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!kOrder.contains(it.key()) && !groupField.match(it.key()).hasMatch())
            add(out, it.key(), it.value().toString());
    }
    return out;
}

FieldProblems AdminRules::checkNewPassword(const QString &username, const QString &oldPassword, const QString &newPassword,
                                           const QString &repeat)
{
    FieldProblems out;
    if (oldPassword.isEmpty())
        add(out, QStringLiteral("old_password"), tr("Enter your current password."));
    // The server's own policy (length, not the user name, not a common password), so the desk
    // says as the user types what the server would answer.
    if (const QString problem = PasswordPolicy::standard().problem(username, newPassword); !problem.isEmpty())
        add(out, QStringLiteral("new_password"), problem);
    else if (newPassword == oldPassword)
        add(out, QStringLiteral("new_password"), tr("The new password must differ from the current one."));
    if (repeat != newPassword)
        add(out, QStringLiteral("repeat"), tr("The two new passwords differ."));
    return out;
}

Error AdminRules::problemsError(const FieldProblems &problems)
{
    QJsonObject fields;
    for (const FieldProblem &p : problems)
        fields.insert(p.field, p.message);
    return invalidFieldsError(fields);
}

} // namespace ow
