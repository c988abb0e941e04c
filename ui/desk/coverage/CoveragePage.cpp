#include "ui/desk/coverage/CoveragePage.h"

#include "core/client/ClientSession.h"
#include "core/client/api/CoverageApi.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/coverage/CoverageMapWidget.h"
#include "ui/desk/coverage/CoverageMatterModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ow {

CoveragePage::CoveragePage(ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CoverageMatterModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_bestTitle(new QLabel(this))
    , m_best(new QLabel(this))
    , m_reload(new QPushButton(this))
    , m_extent(new QComboBox(this))
    , m_map(new CoverageMapWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("coveragePage"));
    m_table->setObjectName(QStringLiteral("coverageMatters"));
    m_best->setObjectName(QStringLiteral("coverageBestDelegations"));
    m_reload->setObjectName(QStringLiteral("coverageReload"));
    m_status->setObjectName(QStringLiteral("coverageStatus"));
    m_extent->setObjectName(QStringLiteral("coverageExtent"));
    m_extent->addItem(QString(), int(CoverageMapWidget::Extent::City));
    m_extent->addItem(QString(), int(CoverageMapWidget::Extent::Urban));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CoverageMatterModel::ShareRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CoverageMatterModel::ShareColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(CoverageMatterModel::MatterColumn, QHeaderView::Stretch);
    for (int c : {CoverageMatterModel::LevelColumn, CoverageMatterModel::ShareColumn, CoverageMatterModel::RaiseColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    m_best->setWordWrap(true);
    m_best->setTextFormat(Qt::PlainText);
    QFont bold = m_bestTitle->font();
    bold.setBold(true);
    m_bestTitle->setFont(bold);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_reload, 0, Qt::AlignTop);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_bestTitle);
    leftLayout->addWidget(m_best);
    leftLayout->addWidget(m_status);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *extentRow = new QHBoxLayout;
    extentRow->addStretch(1);
    extentRow->addWidget(m_extent);
    rightLayout->addLayout(extentRow);
    rightLayout->addWidget(m_map, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setSizes({560, 680});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_reload, &QPushButton::clicked, this, &CoveragePage::reload);
    connect(m_extent, &QComboBox::currentIndexChanged, this,
            [this] { m_map->setExtent(CoverageMapWidget::Extent(m_extent->currentData().toInt())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showMatter(current.data(CoverageMatterModel::CodeRole).toString());
    });
    retranslate();
}

QString CoveragePage::status() const
{
    return m_status->text();
}

void CoveragePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void CoveragePage::reload()
{
    m_loadedOnce = true;
    m_status->setText(tr("Loading…"));
    QPointer<CoveragePage> self(this);
    CoverageApi(m_session.api()).coverage({}, [self](Result<CoverageAnswer> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_status->setText(answer.error().code == ErrorCode::Unavailable ? tr("The server cannot be reached.")
                                                                                  : answer.error().detail);
        } else {
            const QString chosen = self->m_map->report().matters.size() == 1 ? self->m_map->report().matters.first().service : QString();
            self->m_model->setMatters(answer.value().matters);
            self->m_bestGains = answer.value().bestDelegations;
            self->showBest();
            self->m_status->setText(tr("%n community point(s), %1 residents; populations are illustrative.", nullptr,
                                       int(answer.value().points.size()))
                                        .arg(QLocale().toString(answer.value().totalPopulation)));
            if (self->m_map->report().halls.isEmpty())
                self->m_map->setReport(answer.value());
            if (!chosen.isEmpty())
                self->showMatter(chosen);
        }
        Q_EMIT self->loaded();
    });
}

void CoveragePage::showMatter(const QString &service)
{
    const int request = ++m_mapRequest;
    QPointer<CoveragePage> self(this);
    CoverageApi(m_session.api()).coverage(service, [self, request](Result<CoverageAnswer> answer) {
        if (!self || request != self->m_mapRequest)
            return;
        if (answer)
            self->m_map->setReport(answer.value());
        else
            self->m_status->setText(answer.error().detail);
        Q_EMIT self->mapLoaded();
    });
}

void CoveragePage::showBest()
{
    const QString lang = LanguageManager::current();
    // Matters that would gain alike (the same halls before and after) make one line, not seven.
    QStringList lines;
    for (qsizetype i = 0; i < m_bestGains.size() && lines.size() < 4;) {
        const DelegationGain &g = m_bestGains.at(i);
        qsizetype j = i + 1;
        while (j < m_bestGains.size() && m_bestGains.at(j).from == g.from && m_bestGains.at(j).to == g.to
               && m_bestGains.at(j).gainedPopulation == g.gainedPopulation)
            ++j;
        lines << QStringLiteral("• ") + CoverageMatterModel::raiseText(g, lang, int(j - i - 1));
        i = j;
    }
    m_best->setText(lines.isEmpty() ? tr("Every matter already reaches as many residents as the halls allow.") : lines.join(QLatin1Char('\n')));
}

void CoveragePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CoveragePage::retranslate()
{
    m_intro->setText(tr("The 15-minute circle: for each matter, the share of residents who live within 15 minutes of a hall "
                        "that may accept it. Choose a matter to see it on the map."));
    m_bestTitle->setText(tr("Delegations that would raise coverage most"));
    m_reload->setText(tr("Refresh"));
    m_extent->setItemText(0, tr("Whole city"));
    m_extent->setItemText(1, tr("Central urban area"));
    m_model->retranslate();
    showBest();
    m_map->update();
}

} // namespace ow
