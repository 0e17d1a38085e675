#pragma once

#include "common/Result.h"

#include <QString>

// Field checks shared by the record services.
namespace RecordValidation {
Status checkEmail(const QString& field, const QString& email);
Status checkWebsite(const QString& field, const QString& website);
// A LIKE pattern for a case-insensitive "contains" search over case-folded columns, with %, _
// and \ in the user's text escaped (used with ESCAPE '\').
QString likePattern(const QString& search);
} // namespace RecordValidation
