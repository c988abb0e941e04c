#pragma once

#include "core/domain/api/CatalogueVersionBodies.h"

#include <QCoreApplication>

namespace ow {

// The words of the catalogue versions' screen: a version's state, a matter's property by its name
// in the catalogue file — translated, in the current language.
class CatalogueText
{
    Q_DECLARE_TR_FUNCTIONS(ow::CatalogueText)
public:
    static QString state(CatalogueVersionState state);
    static QString state(const QString &state); // as written in the record of changes
    static QString property(const QString &name);
    // "SI-008 职工养老保险关系转入" (the name in the current language).
    static QString named(const CatalogueDiff::Named &named);
};

} // namespace ow
