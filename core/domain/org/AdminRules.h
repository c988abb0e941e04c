#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/api/QueueRulesBodies.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ow {

class Catalogue;

// One problem of a form: the field at fault (its JSON name, the name a server refusal uses too)
// and the translated reason.
struct FieldProblem
{
    QString field;
    QString message;
    bool operator==(const FieldProblem &) const = default;
};
using FieldProblems = QList<FieldProblem>;

// The checks of the administrator's forms (accounts, halls and their hours, windows, devices) and
// of a new password, once, for the desk as the administrator types. Each answer lists the problems
// in the form's order, empty when all is well. The server decides in the end (it also knows what
// this desk does not: other administrators' changes, the common passwords).
class AdminRules
{
    Q_DECLARE_TR_FUNCTIONS(ow::AdminRules)
public:
    static constexpr int kMaxName = 50;
    static constexpr int kMaxLabel = 40;
    static constexpr int kMaxWindowNumber = 999;
    static constexpr int kMaxWeight = 10;

    // A login name: 3–32 characters, lower-case letters, digits, ".", "_" and "-", starting with a letter.
    static QString usernameProblem(const QString &username);
    // A hall's or a device's code: upper-case letters and digits in groups joined by "-", e.g. MY-FC-CJ-01.
    static QString codeProblem(const QString &code);
    static QString staffNoProblem(const QString &staffNo);
    // Monday (1) … Sunday (7), translated.
    static QString weekdayName(int weekday);

    // `isNew`: the user name is checked and must not be among `known`.
    static FieldProblems checkAccount(const AdminAccount &account, bool isNew, const QList<AdminAccount> &known = {});
    // `halls`: every hall the administrator knows (the parent is looked up there; a new code must be unused).
    static FieldProblems checkHall(const AdminHall &hall, bool isNew, const QList<AdminHall> &halls);
    // Where the hall sits in `tree`, the tree as it would be with it: not below itself (field
    // "parent"), and of a higher level than every hall directly below it (field "level").
    static FieldProblems checkPlace(const AdminHall &hall, const QList<AdminHall> &tree);
    static FieldProblems checkHours(const QList<OpeningHours> &hours);
    static FieldProblems checkWindow(const AdminWindow &window, bool isNew, const AdminHall &hall);
    static FieldProblems checkDevice(const NewDeviceRequest &device, const QList<Device> &known);
    // The catalogue's codes a form names, each in `catalogue`: the categories (field
    // "categories"), the categories given a weight (field "weights") and the matters ("matters").
    static FieldProblems checkCatalogueCodes(const Catalogue &catalogue, const QStringList &categories,
                                             const QStringList &weighted, const QStringList &matters);
    // A hall's queue rules, as the server reads them (QueueRules::fromJson): the numbers in their
    // ranges, at most QueueRules::kMaxGroups priority groups, each with a well-formed code used
    // once and both names. A group's problems are named as the server names them
    // ("priority_groups[2].name_zh") and say which group ("Priority group 3: …").
    static FieldProblems checkQueueRules(const QueueRules &rules);
    // The change of one's own password: the old one given, the new one as PasswordPolicy wants it
    // (long enough, not the user name, not a common password) and not the old one, and typed twice
    // alike (field "repeat").
    static FieldProblems checkNewPassword(const QString &username, const QString &oldPassword, const QString &newPassword,
                                          const QString &repeat);

    // The server's refusal of a form with these problems: validation_failed, each field's reason
    // under "fields".
    static Error problemsError(const FieldProblems &problems);
};

} // namespace ow
