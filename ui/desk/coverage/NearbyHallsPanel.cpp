#include "ui/desk/coverage/NearbyHallsPanel.h"

#include "core/client/ClientSession.h"
#include "core/client/api/CoverageApi.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/coverage/NearbyHallsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

namespace {
enum Origin { OwnHall, ChosenPlace };
} // namespace

NearbyHallsPanel::NearbyHallsPanel(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NearbyHallsModel(this))
    , m_title(new QLabel(this))
    , m_origin(new QComboBox(this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
    , m_search(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("nearbyHallsPanel"));
    m_origin->setObjectName(QStringLiteral("nearbyOrigin"));
    m_latitude->setObjectName(QStringLiteral("nearbyLatitude"));
    m_longitude->setObjectName(QStringLiteral("nearbyLongitude"));
    m_search->setObjectName(QStringLiteral("nearbySearch"));
    m_table->setObjectName(QStringLiteral("nearbyHallsTable"));
    m_status->setObjectName(QStringLiteral("nearbyStatus"));

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_origin->addItem(QString(), OwnHall);
    m_origin->addItem(QString(), ChosenPlace);
    m_origin->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_latitude->setMaximumWidth(110);
    m_longitude->setMaximumWidth(110);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NearbyHallsModel::HallColumn, QHeaderView::Stretch);
    for (int c : {NearbyHallsModel::LevelColumn, NearbyHallsModel::DistanceColumn, NearbyHallsModel::TimeColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(150);
    m_status->setWordWrap(true);

    auto *from = new QHBoxLayout;
    from->addWidget(m_origin);
    from->addWidget(m_latitude);
    from->addWidget(m_longitude);
    from->addWidget(m_search);
    from->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(from);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_origin, &QComboBox::currentIndexChanged, this, &NearbyHallsPanel::originChanged);
    // The user's hall is known once the hall list has come (after the login, or from the cache).
    connect(&m_session, &ClientSession::hallsChanged, this, &NearbyHallsPanel::reload);
    connect(m_search, &QPushButton::clicked, this, &NearbyHallsPanel::reload);
    connect(m_latitude, &QLineEdit::returnPressed, this, &NearbyHallsPanel::reload);
    connect(m_longitude, &QLineEdit::returnPressed, this, &NearbyHallsPanel::reload);
    retranslate();
    originChanged();
}

std::optional<GeoPoint> NearbyHallsPanel::origin() const
{
    if (m_origin->currentData().toInt() == ChosenPlace) {
        bool latOk = false, lonOk = false;
        const QLocale c = QLocale::c();
        const GeoPoint p{c.toDouble(m_latitude->text().trimmed(), &latOk), c.toDouble(m_longitude->text().trimmed(), &lonOk)};
        if (!latOk || !lonOk || !TravelModel::validLatitude(p.lat) || !TravelModel::validLongitude(p.lon))
            return std::nullopt;
        return p;
    }
    if (!m_session.isLoggedIn())
        return std::nullopt;
    for (const Hall &h : m_session.halls()) {
        if (h.code == m_session.account().hallCode && h.latitude && h.longitude)
            return GeoPoint{*h.latitude, *h.longitude};
    }
    return std::nullopt;
}

QString NearbyHallsPanel::status() const
{
    return m_status->text();
}

void NearbyHallsPanel::showService(const QString &code)
{
    if (code == m_service)
        return;
    m_service = code;
    reload();
}

void NearbyHallsPanel::originChanged()
{
    const bool chosen = m_origin->currentData().toInt() == ChosenPlace;
    m_latitude->setVisible(chosen);
    m_longitude->setVisible(chosen);
    m_search->setVisible(chosen);
    if (chosen && m_latitude->text().isEmpty()) {
        // Start from the user's hall: a place nearby is then a small change.
        if (const auto own = [this]() -> std::optional<GeoPoint> {
                for (const Hall &h : m_session.halls()) {
                    if (m_session.isLoggedIn() && h.code == m_session.account().hallCode && h.latitude && h.longitude)
                        return GeoPoint{*h.latitude, *h.longitude};
                }
                return std::nullopt;
            }()) {
            m_latitude->setText(QString::number(own->lat, 'f', 4));
            m_longitude->setText(QString::number(own->lon, 'f', 4));
        }
    }
    reload();
}

void NearbyHallsPanel::reload()
{
    const int request = ++m_request;
    if (m_service.isEmpty()) {
        m_model->setHalls({});
        m_status->clear();
        return;
    }
    const auto from = origin();
    if (!from) {
        m_model->setHalls({});
        m_status->setText(m_origin->currentData().toInt() == ChosenPlace
                              ? tr("Enter the place as latitude (-90 to 90) and longitude (-180 to 180), e.g. 31.4679 and 104.6796.")
                              : tr("Your hall has no place on the map yet; choose a place instead."));
        Q_EMIT loaded();
        return;
    }
    m_status->setText(tr("Looking for the nearest halls…"));
    QPointer<NearbyHallsPanel> self(this);
    CoverageApi(m_session.api()).nearest(*from, m_service, 5, [self, request](Result<NearestHallsAnswer> answer) {
        if (!self || request != self->m_request)
            return;
        if (!answer) {
            self->m_status->setText(answer.error().code == ErrorCode::Unavailable
                                        ? tr("The server cannot be reached: the nearest halls are not known offline.")
                                        : answer.error().detail);
        } else {
            self->m_model->setHalls(answer.value().halls);
            int within = 0;
            for (const HallReach &h : answer.value().halls)
                within += h.minutes <= answer.value().promiseMinutes ? 1 : 0;
            self->m_status->setText(answer.value().halls.isEmpty() ? tr("No hall on the map may accept this matter.")
                                    : within > 0
                                        ? tr("%n hall(s) within 15 minutes.", nullptr, within)
                                        : tr("No hall that may accept this matter is within 15 minutes from here."));
        }
        Q_EMIT self->loaded();
    });
}

void NearbyHallsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NearbyHallsPanel::retranslate()
{
    m_title->setText(tr("Nearby halls that can handle it"));
    m_status->setToolTip(tr("Travel times are estimates: the straight line × 1.3, on foot at 4.5 km/h or by bus or car at "
                            "25 km/h plus 5 minutes, whichever is faster."));
    m_origin->setItemText(OwnHall, tr("From my hall"));
    m_origin->setItemText(ChosenPlace, tr("From a place…"));
    m_latitude->setPlaceholderText(tr("Latitude"));
    m_longitude->setPlaceholderText(tr("Longitude"));
    m_search->setText(tr("Search"));
    m_model->retranslate();
}

} // namespace ow
