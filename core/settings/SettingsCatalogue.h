#pragma once

#include "common/Result.h"
#include "settings/SettingDefinition.h"

#include <QList>

// Every setting Rapport knows, with its type, scope and default, in one table.
namespace SettingsCatalogue {
namespace Keys {
inline constexpr char OfficeTimeZone[] = "office_time_zone";
inline constexpr char DailyRunTime[] = "daily_run_time";
inline constexpr char AttachmentLimitMb[] = "attachment_limit_mb";
inline constexpr char SenderName[] = "sender_name";
inline constexpr char SenderAddress[] = "sender_address";
inline constexpr char SchedulerIntervalSeconds[] = "scheduler_interval_seconds";
inline constexpr char Language[] = "language";
// Daily automatic backup of this desktop's SQLite database (desktop settings: each desktop has its
// own local file). An empty folder means the "backups" folder in the user's data directory.
inline constexpr char AutoBackupEnabled[] = "auto_backup_enabled";
inline constexpr char AutoBackupFolder[] = "auto_backup_folder";
inline constexpr char AutoBackupKeep[] = "auto_backup_keep";
// The office (PostgreSQL) database this desktop signs in to when started without --db; empty
// means the desktop's own SQLite file.
inline constexpr char OfficeDatabase[] = "office_database";
// SMTP (the password is never stored here: it lives in the OS keychain or a file given to the CLI).
inline constexpr char SmtpHost[] = "smtp_host";
inline constexpr char SmtpPort[] = "smtp_port";
inline constexpr char SmtpSecurity[] = "smtp_security";
inline constexpr char SmtpUser[] = "smtp_user";
inline constexpr char SmtpReplyTo[] = "smtp_reply_to";
inline constexpr char SmtpRatePerMinute[] = "smtp_rate_per_minute";
inline constexpr char SmtpCaFile[] = "smtp_ca_file";
inline constexpr char SmtpGreetingTimeoutSeconds[] = "smtp_greeting_timeout_seconds";
inline constexpr char SmtpCommandTimeoutSeconds[] = "smtp_command_timeout_seconds";
inline constexpr char SmtpDotTimeoutSeconds[] = "smtp_dot_timeout_seconds";
inline constexpr char UnsubscribeAddress[] = "unsubscribe_address";
inline constexpr char UnsubscribeUrl[] = "unsubscribe_url";
// Mail the ticket's contact when a ticket is created, answered publicly or resolved.
inline constexpr char TicketCustomerUpdates[] = "ticket_customer_updates";
} // namespace Keys

const QList<SettingDefinition>& all();
const SettingDefinition* find(const QString& key);
QString label(const SettingDefinition& definition);
// Checks and normalises a value for a setting ("9:00" → "09:00"); an Error names the setting.
Result<QString> validate(const SettingDefinition& definition, const QString& value);
} // namespace SettingsCatalogue
