#include "ui/desk/CatalogueBrowser.h"

#include "core/domain/catalogue/Delegation.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/CatalogueModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace ow {

namespace {
// Translation context for the free functions below (lupdate reads it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogueBrowser)
};

QString levelText(OrgLevel level)
{
    switch (level) {
    case OrgLevel::City:
        return Tr::tr("City");
    case OrgLevel::County:
        return Tr::tr("County / district");
    case OrgLevel::Township:
        return Tr::tr("Township / street");
    case OrgLevel::Community:
        return Tr::tr("Community service station");
    }
    return {};
}

QString riskText(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::Low:
        return Tr::tr("Low");
    case RiskLevel::Medium:
        return Tr::tr("Medium");
    case RiskLevel::High:
        return Tr::tr("High (two-person review)");
    }
    return {};
}
} // namespace

QString serviceDetailsHtml(const ServiceItem &s, const Catalogue &catalogue, const QString &lang)
{
    const Category *cat = catalogue.category(s.category);
    QString html = QStringLiteral("<h2>%1</h2><p style='color:#555'>%2 · %3</p><table cellspacing='6'>")
                       .arg(s.name.in(lang).toHtmlEscaped(), s.code.toHtmlEscaped(),
                            (lang == QLatin1String("en") ? s.name.zh : s.name.en).toHtmlEscaped());
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(Tr::tr("Category"), cat ? cat->name.in(lang) : s.category);
    row(Tr::tr("Kind"), serviceKindText(s));
    row(Tr::tr("Competent level"), levelText(s.competentLevel));
    // 事项下放: the lowest level of hall that may accept it, as the city's administrator set it.
    const OrgLevel lowest = Delegation::lowestLevel(s);
    row(Tr::tr("Halls that may accept it"), lowest == OrgLevel::Community ? Tr::tr("Any hall in the city")
                                            : lowest == OrgLevel::City    ? Tr::tr("City-level halls only")
                                                                          : Tr::tr("%1 halls and above").arg(levelText(lowest)));
    row(Tr::tr("Risk level"), riskText(s.risk));
    html += QStringLiteral("</table><h3>%1</h3><ol>").arg(Tr::tr("Required materials").toHtmlEscaped());
    for (const Material &m : s.materials) {
        html += QStringLiteral("<li>%1%2</li>")
                    .arg(m.name.in(lang).toHtmlEscaped(),
                         m.required ? QString() : QStringLiteral(" <i>(%1)</i>").arg(Tr::tr("if applicable").toHtmlEscaped()));
    }
    html += QStringLiteral("</ol><h3>%1</h3><ul>").arg(Tr::tr("Form fields").toHtmlEscaped());
    for (const FormField &f : s.fields) {
        html += QStringLiteral("<li>%1%2</li>")
                    .arg(f.label.in(lang).toHtmlEscaped(), f.required ? QStringLiteral(" <span style='color:#b3261e'>*</span>") : QString());
    }
    html += QStringLiteral("</ul>");
    return html;
}

CatalogueBrowser::CatalogueBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new CatalogueModel(this))
    , m_filter(new CatalogueFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("catalogueBrowser"));
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_count->setObjectName(QStringLiteral("catalogueCount"));
    m_tree->setObjectName(QStringLiteral("catalogueTree"));
    m_details->setObjectName(QStringLiteral("serviceDetails"));

    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CatalogueModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CatalogueModel::CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CatalogueModel::KindColumn, QHeaderView::ResizeToContents);
    m_search->setClearButtonEnabled(true);
    m_details->setOpenLinks(false);
    setFocusProxy(m_search); // the teller types straight away

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_tree);
    // The details above, and below them what the window adds (就近可办).
    m_right = new QSplitter(Qt::Vertical, this);
    m_right->addWidget(m_details);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &CatalogueBrowser::onQueryChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetails(m_model->serviceAt(m_filter->mapToSource(current))); });
    retranslate();
}

void CatalogueBrowser::setCatalogue(const Catalogue &catalogue)
{
    m_model->setCatalogue(catalogue);
    m_tree->expandAll();
    updateCount();
    if (!m_shownCode.isEmpty())
        showDetails(catalogue.service(m_shownCode));
}

int CatalogueBrowser::visibleServiceCount() const
{
    int n = 0;
    for (int c = 0; c < m_filter->rowCount(); ++c)
        n += m_filter->rowCount(m_filter->index(c, 0));
    return n;
}

void CatalogueBrowser::onQueryChanged(const QString &text)
{
    m_filter->setQuery(text);
    m_tree->expandAll();
    updateCount();
    // With exactly one hit, show it at once: the teller usually typed it to open it.
    if (visibleServiceCount() == 1) {
        for (int c = 0; c < m_filter->rowCount(); ++c) {
            const QModelIndex cat = m_filter->index(c, 0);
            if (m_filter->rowCount(cat) == 1)
                m_tree->setCurrentIndex(m_filter->index(0, 0, cat));
        }
    }
}

void CatalogueBrowser::showDetails(const ServiceItem *item)
{
    if (!item || !m_model->catalogue()) {
        m_shownCode.clear();
        Q_EMIT serviceShown(QString());
        m_details->setHtml(QStringLiteral("<p style='color:#777'>%1</p>")
                               .arg(tr("Choose a service to see its materials, form and time limit.").toHtmlEscaped()));
        return;
    }
    m_shownCode = item->code;
    m_details->setHtml(serviceDetailsHtml(*item, *m_model->catalogue(), LanguageManager::current()));
    Q_EMIT serviceShown(m_shownCode);
}

void CatalogueBrowser::addDetailsPanel(QWidget *panel)
{
    m_right->addWidget(panel);
    m_right->setStretchFactor(0, 3);
    m_right->setStretchFactor(1, 2);
}

void CatalogueBrowser::updateCount()
{
    m_count->setText(tr("%n service(s)", nullptr, visibleServiceCount()));
}

void CatalogueBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogueBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, code or pinyin initials (e.g. ylbx)"));
    m_model->refreshLanguage();
    updateCount();
    const ServiceItem *shown = m_model->catalogue() ? m_model->catalogue()->service(m_shownCode) : nullptr;
    showDetails(shown);
}

} // namespace ow
