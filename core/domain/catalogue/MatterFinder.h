#pragma once

#include "core/domain/catalogue/Catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ow {

// Why a matter was found: the field that matched (name, code, pinyin, category, material) and
// the text of it that did.
struct MatchReason
{
    QString field;
    QString text;
    bool operator==(const MatchReason &) const = default;
};

struct MatterHit
{
    const ServiceItem *item = nullptr;
    int score = 0;
    QList<MatchReason> reasons;
};

// The guide desk's lookup (咨询导办): a matter by what the citizen says, as typed by the guide —
// its code, its name or pinyin initials (as CatalogueSearch), or a plain question ("我失业了，
// 失业金怎么领？"). A question is cut into Chinese bigrams (after a few everyday words are put in
// the catalogue's words: 社保卡 → 社会保障卡, 失业金 → 失业保险金 …) and scored by overlap:
// a bigram in the matter's name counts 3, in its category's name 2, in one of its materials 1;
// English words count against the English name. Generic bigrams of questions (办理, 需要, 什么 …)
// count nothing. Best first; equal scores in catalogue order.
class MatterFinder
{
public:
    explicit MatterFinder(const Catalogue &catalogue) : m_catalogue(catalogue) {}

    QList<MatterHit> find(const QString &query, int limit) const;

    // The question with everyday words put in the catalogue's words (what the bigrams are cut from).
    static QString normalized(const QString &question);
    // The distinct Chinese bigrams of the runs of Han characters, generic ones left out, in order.
    static QStringList bigrams(const QString &text);

private:
    const Catalogue &m_catalogue;
};

} // namespace ow
