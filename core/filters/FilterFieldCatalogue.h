#pragma once

#include "filters/FilterField.h"

#include <QList>

// The one typed field catalogue for segment rules and sequence step conditions. The builder, the
// checker, the SQL compiler and the evaluator all read it; nothing repeats it.
namespace FilterFieldCatalogue {
// The fields a filter on `entity` may use, in the order the builder offers them. A contact filter
// also offers every company field as "company.<name>".
const QList<FilterField>& fields(FilterEntity entity);
const FilterField* find(FilterEntity entity, const QString& name);
// The known field name closest to an unknown one (for "did you mean …?"), empty when none is close.
QString closestName(FilterEntity entity, const QString& name);
} // namespace FilterFieldCatalogue
