#include "ui/admin/OpeningHoursEditor.h"

#include "core/domain/org/AdminRules.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>

namespace ow {

namespace {

QTimeEdit *timeEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setMinimumWidth(72);
    return edit;
}

} // namespace

OpeningHoursEditor::OpeningHoursEditor(QWidget *parent) : QWidget(parent), m_likeMonday(new QPushButton(this))
{
    setObjectName(QStringLiteral("openingHours"));
    m_likeMonday->setObjectName(QStringLiteral("hoursLikeMonday"));
    m_likeMonday->setText(tr("Tuesday–Friday like Monday"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    for (int d = 0; d < 7; ++d) {
        Row &r = m_rows[static_cast<size_t>(d)];
        const QString n = QString::number(d + 1);
        r.day = new QLabel(AdminRules::weekdayName(d + 1), this);
        r.open = new QCheckBox(tr("Open"), this);
        r.open->setObjectName(QStringLiteral("hoursOpen") + n);
        r.from = timeEdit(this, QStringLiteral("hoursFrom") + n);
        r.to = timeEdit(this, QStringLiteral("hoursTo") + n);
        r.lunch = new QCheckBox(tr("Lunch break"), this);
        r.lunch->setObjectName(QStringLiteral("hoursLunch") + n);
        r.lunchFrom = timeEdit(this, QStringLiteral("hoursLunchFrom") + n);
        r.lunchTo = timeEdit(this, QStringLiteral("hoursLunchTo") + n);
        int c = 0;
        grid->addWidget(r.day, d, c++);
        grid->addWidget(r.open, d, c++);
        grid->addWidget(r.from, d, c++);
        grid->addWidget(new QLabel(QStringLiteral("–"), this), d, c++);
        grid->addWidget(r.to, d, c++);
        grid->addWidget(r.lunch, d, c++);
        grid->addWidget(r.lunchFrom, d, c++);
        grid->addWidget(new QLabel(QStringLiteral("–"), this), d, c++);
        grid->addWidget(r.lunchTo, d, c++);
        for (QCheckBox *box : {r.open, r.lunch})
            connect(box, &QCheckBox::toggled, this, [this] {
                updateEnabled();
                Q_EMIT changed();
            });
        for (QTimeEdit *edit : {r.from, r.to, r.lunchFrom, r.lunchTo})
            connect(edit, &QTimeEdit::timeChanged, this, &OpeningHoursEditor::changed);
    }
    grid->setColumnStretch(9, 1);
    grid->addWidget(m_likeMonday, 7, 0, 1, 5, Qt::AlignLeft);
    connect(m_likeMonday, &QPushButton::clicked, this, &OpeningHoursEditor::copyMonday);
    setHours(usualWeek());
}

QList<OpeningHours> OpeningHoursEditor::usualWeek()
{
    QList<OpeningHours> week;
    for (int d = 1; d <= 5; ++d)
        week.append({d, QTime(9, 0), QTime(17, 0), QTime(12, 0), QTime(13, 30)});
    return week;
}

void OpeningHoursEditor::setHours(const QList<OpeningHours> &hours)
{
    for (int d = 0; d < 7; ++d) {
        Row &r = m_rows[static_cast<size_t>(d)];
        std::optional<OpeningHours> h;
        for (const OpeningHours &x : hours) {
            if (x.weekday == d + 1)
                h = x;
        }
        const QSignalBlocker b1(r.open), b2(r.from), b3(r.to), b4(r.lunch), b5(r.lunchFrom), b6(r.lunchTo);
        r.open->setChecked(h.has_value());
        r.from->setTime(h ? h->open : QTime(9, 0));
        r.to->setTime(h ? h->close : QTime(17, 0));
        r.lunch->setChecked(h && h->hasLunchBreak());
        r.lunchFrom->setTime(h && h->hasLunchBreak() ? h->lunchFrom : QTime(12, 0));
        r.lunchTo->setTime(h && h->hasLunchBreak() ? h->lunchTo : QTime(13, 30));
    }
    updateEnabled();
    Q_EMIT changed();
}

QList<OpeningHours> OpeningHoursEditor::hours() const
{
    QList<OpeningHours> out;
    for (int d = 0; d < 7; ++d) {
        const Row &r = m_rows[static_cast<size_t>(d)];
        if (!r.open->isChecked())
            continue;
        OpeningHours h{d + 1, r.from->time(), r.to->time(), {}, {}};
        if (r.lunch->isChecked()) {
            h.lunchFrom = r.lunchFrom->time();
            h.lunchTo = r.lunchTo->time();
        }
        out.append(h);
    }
    return out;
}

void OpeningHoursEditor::updateEnabled()
{
    for (Row &r : m_rows) {
        const bool open = r.open->isChecked();
        r.from->setEnabled(open);
        r.to->setEnabled(open);
        r.lunch->setEnabled(open);
        r.lunchFrom->setEnabled(open && r.lunch->isChecked());
        r.lunchTo->setEnabled(open && r.lunch->isChecked());
    }
}

void OpeningHoursEditor::copyMonday()
{
    QList<OpeningHours> week = hours();
    const std::optional<OpeningHours> monday = week.isEmpty() || week.first().weekday != 1 ? std::nullopt
                                                                                             : std::optional(week.first());
    QList<OpeningHours> out;
    for (const OpeningHours &h : week) {
        if (h.weekday == 1 || h.weekday > 5)
            out.append(h);
    }
    if (monday) {
        for (int d = 2; d <= 5; ++d) {
            OpeningHours h = *monday;
            h.weekday = d;
            out.append(h);
        }
    }
    std::sort(out.begin(), out.end(), [](const OpeningHours &a, const OpeningHours &b) { return a.weekday < b.weekday; });
    setHours(out);
}

} // namespace ow
