#include "ui/admin/HallForm.h"

#include "core/client/AdminClient.h"
#include "ui/admin/FormFeedback.h"
#include "ui/admin/HallComboBox.h"
#include "ui/admin/OpeningHoursEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ow {

HallForm::HallForm(AdminClient &admin, QList<AdminHall> halls, std::optional<AdminHall> existing, const QString &defaultParent,
                   QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_halls(std::move(halls))
    , m_existing(std::move(existing))
    , m_code(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_parent(new HallComboBox(this))
    , m_address(new QLineEdit(this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_training(new QCheckBox(this))
    , m_hours(new OpeningHoursEditor(this))
    , m_summary(new QLabel(this))
    , m_ok(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("hallForm"));
    setWindowTitle(m_existing ? tr("Edit hall %1").arg(m_existing->code) : tr("New hall"));
    m_code->setObjectName(QStringLiteral("hallCode"));
    m_nameZh->setObjectName(QStringLiteral("hallNameZh"));
    m_nameEn->setObjectName(QStringLiteral("hallNameEn"));
    m_level->setObjectName(QStringLiteral("hallLevel"));
    m_parent->setObjectName(QStringLiteral("hallParent"));
    m_address->setObjectName(QStringLiteral("hallAddress"));
    m_latitude->setObjectName(QStringLiteral("hallLatitude"));
    m_longitude->setObjectName(QStringLiteral("hallLongitude"));
    m_timeZone->setObjectName(QStringLiteral("hallTimeZone"));
    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_ok->setObjectName(QStringLiteral("formOk"));
    m_ok->setText(m_existing ? tr("Save") : tr("Create hall"));
    m_ok->setDefault(true);
    m_feedback = new FormFeedback(m_ok, m_summary, this);

    m_code->setPlaceholderText(tr("e.g. MY-FC-CJ-01"));
    m_code->setMaxLength(32);
    m_nameZh->setPlaceholderText(tr("e.g. 城郊街道便民服务中心"));
    m_nameEn->setPlaceholderText(tr("e.g. Chengjiao Subdistrict Service Centre"));
    m_address->setPlaceholderText(tr("Street address, as citizens look for it"));
    m_latitude->setPlaceholderText(tr("e.g. 31.4679 (north)"));
    m_longitude->setPlaceholderText(tr("e.g. 104.6796 (east)"));
    for (OrgLevel l : {OrgLevel::City, OrgLevel::County, OrgLevel::Township, OrgLevel::Community})
        m_level->addItem(orgLevelDisplayName(l), static_cast<int>(l));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_parent->setHalls(m_halls, tr("(none: this is the city hall)"), m_existing ? m_existing->code : QString());

    AdminHall start;
    if (m_existing) {
        start = *m_existing;
    } else {
        start.parent = defaultParent;
        start.hours = OpeningHoursEditor::usualWeek();
        if (const AdminHall *p = known(defaultParent))
            start.level = static_cast<OrgLevel>(std::min(depthOf(p->level) + 1, depthOf(OrgLevel::Community)));
    }
    m_code->setText(start.code);
    m_code->setEnabled(!m_existing);
    m_nameZh->setText(start.nameZh);
    m_nameEn->setText(start.nameEn);
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(start.level)));
    m_parent->setCurrentCode(start.parent);
    m_address->setText(start.address);
    const QLocale c = QLocale::c();
    m_latitude->setText(start.latitude ? c.toString(*start.latitude, 'g', 10) : QString());
    m_longitude->setText(start.longitude ? c.toString(*start.longitude, 'g', 10) : QString());
    m_timeZone->setCurrentText(start.timeZone);
    m_training->setObjectName(QStringLiteral("hallTraining"));
    m_training->setText(tr("Training hall: made-up citizens; nothing done there counts in the city's figures, risk alerts or messages"));
    m_training->setChecked(start.training);
    m_hours->setHours(start.hours);

    auto *coordinates = new QHBoxLayout;
    coordinates->setContentsMargins(0, 0, 0, 0);
    coordinates->addWidget(new QLabel(tr("Latitude"), this));
    coordinates->addWidget(m_feedback->wrap(QStringLiteral("latitude"), m_latitude), 1);
    coordinates->addSpacing(12);
    coordinates->addWidget(new QLabel(tr("Longitude"), this));
    coordinates->addWidget(m_feedback->wrap(QStringLiteral("longitude"), m_longitude), 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Code:"), m_feedback->wrap(QStringLiteral("code"), m_code));
    form->addRow(tr("Name (Chinese):"), m_feedback->wrap(QStringLiteral("name_zh"), m_nameZh));
    form->addRow(tr("Name (English):"), m_feedback->wrap(QStringLiteral("name_en"), m_nameEn));
    form->addRow(tr("Parent hall:"), m_feedback->wrap(QStringLiteral("parent"), m_parent));
    form->addRow(tr("Level:"), m_feedback->wrap(QStringLiteral("level"), m_level));
    form->addRow(tr("Address:"), m_feedback->wrap(QStringLiteral("address"), m_address));
    form->addRow(tr("Coordinates (WGS-84):"), coordinates);
    form->addRow(tr("Time zone:"), m_feedback->wrap(QStringLiteral("time_zone"), m_timeZone));
    form->addRow(QString(), m_training);

    auto *hoursBox = new QGroupBox(tr("Opening hours"), this);
    auto *hoursLayout = new QVBoxLayout(hoursBox);
    hoursLayout->addWidget(m_feedback->wrap(QStringLiteral("hours"), m_hours));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hoursBox);
    layout->addLayout(buttons);
    setMinimumWidth(720);

    auto edited = [this](const char *field) {
        return [this, field] {
            m_feedback->touch(QString::fromLatin1(field));
            validate();
        };
    };
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Codes are upper case: typed lower case letters are raised as they come.
        if (text != text.toUpper()) {
            const int at = m_code->cursorPosition();
            m_code->setText(text.toUpper());
            m_code->setCursorPosition(at);
        }
        m_feedback->touch(QStringLiteral("code"));
        validate();
    });
    connect(m_nameZh, &QLineEdit::textEdited, this, edited("name_zh"));
    connect(m_nameEn, &QLineEdit::textEdited, this, edited("name_en"));
    connect(m_address, &QLineEdit::textEdited, this, edited("address"));
    connect(m_latitude, &QLineEdit::textEdited, this, edited("latitude"));
    connect(m_longitude, &QLineEdit::textEdited, this, edited("longitude"));
    connect(m_level, &QComboBox::currentIndexChanged, this, edited("level"));
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, edited("time_zone"));
    connect(m_parent, &QComboBox::currentIndexChanged, this, &HallForm::onParentChanged);
    connect(m_hours, &OpeningHoursEditor::changed, this, edited("hours"));
    connect(m_ok, &QPushButton::clicked, this, &HallForm::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    validate();
    (m_existing ? m_nameZh : m_code)->setFocus();
}

const AdminHall *HallForm::known(const QString &code) const
{
    for (const AdminHall &h : m_halls) {
        if (h.code == code)
            return &h;
    }
    return nullptr;
}

std::optional<double> HallForm::coordinate(const QString &text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Either decimal separator: administrators copy coordinates from maps in both forms.
    QString normal = t;
    normal.replace(QLatin1Char(','), QLatin1Char('.'));
    const double v = QLocale::c().toDouble(normal, ok);
    return *ok ? std::optional(v) : std::nullopt;
}

AdminHall HallForm::hall() const
{
    AdminHall h = m_existing.value_or(AdminHall{});
    h.code = m_code->text().trimmed();
    h.nameZh = m_nameZh->text().trimmed();
    h.nameEn = m_nameEn->text().trimmed();
    h.level = static_cast<OrgLevel>(m_level->currentData().toInt());
    h.parent = m_parent->currentCode();
    h.address = m_address->text().trimmed();
    bool ok = true;
    h.latitude = coordinate(m_latitude->text(), &ok);
    h.longitude = coordinate(m_longitude->text(), &ok);
    h.timeZone = m_timeZone->currentText();
    h.training = m_training->isChecked();
    h.hours = m_hours->hours();
    return h;
}

void HallForm::onParentChanged()
{
    m_feedback->touch(QStringLiteral("parent"));
    // A hall usually sits one level below its parent: suggest that level.
    if (const AdminHall *p = known(m_parent->currentCode())) {
        const int below = std::min(depthOf(p->level) + 1, depthOf(OrgLevel::Community));
        m_level->setCurrentIndex(m_level->findData(below));
    } else if (m_parent->currentCode().isEmpty()) {
        m_level->setCurrentIndex(m_level->findData(static_cast<int>(OrgLevel::City)));
    }
    validate();
}

void HallForm::validate()
{
    FieldProblems problems = AdminRules::checkHall(hall(), !m_existing, m_halls);
    bool ok = true;
    coordinate(m_latitude->text(), &ok);
    if (!ok)
        problems.prepend({QStringLiteral("latitude"), tr("Enter the latitude in degrees, e.g. 31.4679.")});
    coordinate(m_longitude->text(), &ok);
    if (!ok)
        problems.prepend({QStringLiteral("longitude"), tr("Enter the longitude in degrees, e.g. 104.6796.")});
    m_feedback->show(problems);
}

void HallForm::submit()
{
    for (const char *field : {"code", "name_zh", "name_en", "level", "parent", "address", "latitude", "longitude", "time_zone", "hours"})
        m_feedback->touch(QString::fromLatin1(field));
    validate();
    if (!m_feedback->isValid())
        return;
    m_feedback->setBusy(true);
    QPointer<HallForm> self(this);
    auto answered = [self](Result<AdminHall> r) {
        if (!self)
            return;
        self->m_feedback->setBusy(false);
        if (!r) {
            self->m_feedback->showRefusal(errorText(r.error()), AdminApi::fieldProblems(r.error()));
            return;
        }
        self->m_saved = r.value();
        self->accept();
    };
    if (!m_existing) {
        m_admin.createHall(hall(), std::move(answered));
        return;
    }
    const HallPatch patch = HallPatch::between(*m_existing, hall());
    if (patch.isEmpty()) {
        accept();
        return;
    }
    m_admin.updateHall(m_existing->code, patch, std::move(answered));
}

} // namespace ow
