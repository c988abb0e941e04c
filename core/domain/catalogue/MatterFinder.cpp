#include "core/domain/catalogue/MatterFinder.h"

#include <QSet>

#include <algorithm>

namespace ow {

namespace {

// Everyday words citizens use for what the catalogue names otherwise, longest first so that
// 社保卡 is read before 社保. A short list kept with the code: it changes with the catalogue's
// wording, not with the hall.
const std::pair<const char16_t *, const char16_t *> kEveryday[] = {
    {u"社保卡", u"社会保障卡"},   {u"医保卡", u"社会保障卡"},     {u"失业金", u"失业保险金"},
    {u"退休金", u"养老保险待遇"}, {u"养老金", u"养老保险待遇"},   {u"欠工资", u"拖欠工资"},
    {u"欠薪", u"拖欠工资"},       {u"丢了", u"挂失"},             {u"丢失", u"挂失"},
    {u"补办", u"补领"},           {u"评职称", u"职称申报"},       {u"创业贷款", u"创业担保贷款"},
    {u"缴费记录", u"缴费明细"},   {u"被辞退", u"劳动人事争议"},   {u"社保", u"社会保险"},
};

// Bigrams every question has and no matter is told apart by.
const QSet<QString> &genericBigrams()
{
    static const QSet<QString> generic{
        QStringLiteral("办理"), QStringLiteral("需要"), QStringLiteral("什么"), QStringLiteral("怎么"),
        QStringLiteral("哪些"), QStringLiteral("如何"), QStringLiteral("可以"), QStringLiteral("请问"),
        QStringLiteral("我想"), QStringLiteral("想要"), QStringLiteral("材料"), QStringLiteral("手续"),
        QStringLiteral("一下"), QStringLiteral("哪里"), QStringLiteral("怎样"), QStringLiteral("我要"),
        QStringLiteral("了解"), QStringLiteral("咨询"), QStringLiteral("多久"), QStringLiteral("我的"),
    };
    return generic;
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// The runs of Han characters of `text`, in order.
QStringList hanRuns(const QString &text)
{
    QStringList runs;
    QString run;
    for (QChar c : text) {
        if (isHan(c)) {
            run += c;
        } else if (!run.isEmpty()) {
            runs << run;
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs << run;
    return runs;
}

// The parts of the question found in `field`: the matched bigrams, and the longest runs of the
// question made of them (养老, 老保, 保险 → 养老保险) to show why.
struct Overlap
{
    QSet<QString> grams;
    QStringList texts;
};

Overlap overlap(const QStringList &runs, const QString &field)
{
    Overlap out;
    for (const QString &run : runs) {
        qsizetype start = -1;
        for (qsizetype i = 0; i + 1 < run.size(); ++i) {
            const QString gram = run.mid(i, 2);
            const bool hit = !genericBigrams().contains(gram) && field.contains(gram);
            if (hit) {
                out.grams.insert(gram);
                if (start < 0)
                    start = i;
            }
            if (!hit && start >= 0) {
                out.texts << run.mid(start, i - start + 1);
                start = -1;
            }
        }
        if (start >= 0)
            out.texts << run.mid(start);
    }
    out.texts.removeDuplicates();
    return out;
}

QStringList latinWords(const QString &text)
{
    static const QSet<QString> stop{QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("for"),
                                    QStringLiteral("how"), QStringLiteral("what"), QStringLiteral("can"),
                                    QStringLiteral("need"), QStringLiteral("apply"), QStringLiteral("with")};
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 3 && !stop.contains(word))
            words << word;
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetter() && c.unicode() < 0x80)
            word += c.toLower();
        else
            flush();
    }
    flush();
    words.removeDuplicates();
    return words;
}

} // namespace

QString MatterFinder::normalized(const QString &question)
{
    QString out = question;
    for (const auto &[everyday, catalogue] : kEveryday)
        out.replace(QString::fromUtf16(everyday), QString::fromUtf16(catalogue));
    return out;
}

QStringList MatterFinder::bigrams(const QString &text)
{
    QStringList out;
    for (const QString &run : hanRuns(text)) {
        for (qsizetype i = 0; i + 1 < run.size(); ++i) {
            const QString gram = run.mid(i, 2);
            if (!genericBigrams().contains(gram) && !out.contains(gram))
                out << gram;
        }
    }
    return out;
}

QList<MatterHit> MatterFinder::find(const QString &query, int limit) const
{
    const QString q = query.simplified();
    if (q.isEmpty() || limit <= 0)
        return {};
    const QStringList runs = hanRuns(normalized(q));
    const QStringList words = latinWords(q);
    QList<MatterHit> hits;
    for (const ServiceItem &s : m_catalogue.services()) {
        MatterHit hit{&s, 0, {}};
        if (s.code.compare(q, Qt::CaseInsensitive) == 0) {
            hit.score += 100;
            hit.reasons.append({QStringLiteral("code"), s.code});
        } else if (CatalogueSearch::matches(s, q)) {
            // As typed at the catalogue's search: the whole name, the code or the pinyin initials.
            hit.score += 50;
            if (s.pinyin.contains(q, Qt::CaseInsensitive))
                hit.reasons.append({QStringLiteral("pinyin"), s.pinyin});
            else if (s.code.contains(q, Qt::CaseInsensitive))
                hit.reasons.append({QStringLiteral("code"), s.code});
            else
                hit.reasons.append({QStringLiteral("name"), q});
        }
        const Overlap name = overlap(runs, s.name.zh);
        if (!name.grams.isEmpty()) {
            hit.score += 3 * static_cast<int>(name.grams.size());
            hit.reasons.append({QStringLiteral("name"), name.texts.join(QStringLiteral("、"))});
        }
        if (const Category *c = m_catalogue.category(s.category)) {
            const Overlap category = overlap(runs, c->name.zh);
            if (!category.grams.isEmpty()) {
                hit.score += 2 * static_cast<int>(category.grams.size());
                hit.reasons.append({QStringLiteral("category"), c->name.zh});
            }
        }
        QSet<QString> materialGrams;
        QStringList materialNames;
        for (const Material &m : s.materials) {
            const Overlap material = overlap(runs, m.name.zh);
            if (!material.grams.isEmpty()) {
                materialGrams.unite(material.grams);
                materialNames << m.name.zh;
            }
        }
        if (!materialGrams.isEmpty()) {
            hit.score += static_cast<int>(materialGrams.size());
            hit.reasons.append({QStringLiteral("material"), materialNames.join(QStringLiteral("、"))});
        }
        QStringList english;
        for (const QString &w : words) {
            if (s.name.en.contains(w, Qt::CaseInsensitive))
                english << w;
        }
        if (!english.isEmpty()) {
            hit.score += 2 * static_cast<int>(english.size());
            hit.reasons.append({QStringLiteral("name"), english.join(QLatin1Char(' '))});
        }
        if (hit.score > 0)
            hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const MatterHit &a, const MatterHit &b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace ow
