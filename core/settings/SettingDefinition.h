#pragma once

#include <QString>
#include <QVariant>

enum class SettingType
{
    Text,
    Integer,
    Boolean,
    TimeOfDay,
    TimeZone,
    Email
};
// Office settings live in the database and apply to every desktop; desktop settings live in
// QSettings on this machine only.
enum class SettingScope
{
    Office,
    Desktop
};

struct SettingDefinition
{
    QString key;
    SettingType type = SettingType::Text;
    SettingScope scope = SettingScope::Office;
    QVariant defaultValue;
    const char* label = ""; // translated with the "Setting" context
    qint64 minimum = 0;     // for Integer
    qint64 maximum = 0;     // for Integer; 0 means no limit
};
