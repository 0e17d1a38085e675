#include "records/RecordValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace RecordValidation {

Status checkEmail(const QString& field, const QString& email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return Status::success();
    // Deliberately practical, not RFC 5322 complete: one @, a dot in the domain, no spaces.
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[^@\\s<>(),;:\".]{2,}$"));
    if (!pattern.match(trimmed).hasMatch())
        return Error::invalid(
            field, QCoreApplication::translate("RecordValidation", "\"%1\" is not a valid email address.")
                       .arg(trimmed));
    return Status::success();
}

Status checkWebsite(const QString& field, const QString& website)
{
    const QString trimmed = website.trimmed();
    if (trimmed.isEmpty())
        return Status::success();
    const QUrl url = QUrl::fromUserInput(trimmed);
    if (!url.isValid() || url.host().isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return Error::invalid(
            field, QCoreApplication::translate("RecordValidation", "\"%1\" is not a valid web address.")
                       .arg(trimmed));
    return Status::success();
}

QString likePattern(const QString& search)
{
    QString escaped = search.trimmed().toCaseFolded();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace RecordValidation
