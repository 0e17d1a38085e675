#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

enum class Language
{
    English,
    Thai
};

// Stored codes and translated labels for the language.
namespace LanguageCodes {
QString toCode(Language value);
std::optional<Language> fromCode(const QString& code);
QString label(Language value);
QStringList codes();
QList<Language> all();
} // namespace LanguageCodes
