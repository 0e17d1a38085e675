#include "records/FieldValues.h"

#include "common/Money.h"
#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <QDate>

namespace {} // namespace

namespace FieldValues {

QString normaliseName(const QString& name)
{
    QString result = name.trimmed().toLower();
    while (result.startsWith(QLatin1Char('-')))
        result.remove(0, 1);
    result.replace(QLatin1Char('-'), QLatin1Char('_'));
    result.replace(QLatin1Char(' '), QLatin1Char('_'));
    return result;
}

Result<QVariant> parse(const QString& field, FieldKind kind, const QString& text,
                       const QStringList& enumCodes)
{
    const QString trimmed = text.trimmed();
    switch (kind) {
    case FieldKind::Text:
        return QVariant(trimmed);
    case FieldKind::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
            return QVariant(true);
        if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0") ||
            lower.isEmpty())
            return QVariant(false);
        return Error::invalid(
            field, QCoreApplication::translate("FieldValues", "%1 must be true or false, not \"%2\".")
                       .arg(field, trimmed));
    }
    case FieldKind::Date: {
        if (trimmed.isEmpty())
            return QVariant(QDate());
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return Error::invalid(
                field, QCoreApplication::translate("FieldValues",
                                                   "%1 must be a date written YYYY-MM-DD, not \"%2\".")
                           .arg(field, trimmed));
        return QVariant(date);
    }
    case FieldKind::Timestamp: {
        if (trimmed.isEmpty())
            return QVariant(QDateTime());
        const QDateTime time = TimeFormat::parseUserTimestamp(trimmed);
        if (!time.isValid())
            return Error::invalid(
                field, QCoreApplication::translate("FieldValues",
                                                   "%1 must be a date and time in ISO-8601 form, not \"%2\".")
                           .arg(field, trimmed));
        return QVariant(time);
    }
    case FieldKind::Money: {
        if (trimmed.isEmpty())
            return QVariant(qint64(0));
        const auto minor = Money::parseMinor(trimmed);
        if (!minor)
            return Error::invalid(
                field, QCoreApplication::translate(
                           "FieldValues", "%1 must be an amount such as 12500 or 12500.50, not \"%2\".")
                           .arg(field, trimmed));
        return QVariant(*minor);
    }
    case FieldKind::Reference:
    case FieldKind::Integer: {
        if (trimmed.isEmpty())
            return QVariant(qint64(0));
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok)
            return Error::invalid(
                field, QCoreApplication::translate("FieldValues", "%1 must be a whole number, not \"%2\".")
                           .arg(field, trimmed));
        return QVariant(number);
    }
    case FieldKind::Decimal: {
        if (trimmed.isEmpty())
            return QVariant();
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok)
            return Error::invalid(field, QCoreApplication::translate(
                                             "FieldValues", "%1 must be a number such as 2.5, not \"%2\".")
                                             .arg(field, trimmed));
        return QVariant(number);
    }
    case FieldKind::Enum: {
        const QString code = trimmed.toLower();
        if (!enumCodes.contains(code))
            return Error::invalid(
                field, QCoreApplication::translate("FieldValues", "%1 must be one of %2, not \"%3\".")
                           .arg(field, enumCodes.join(QStringLiteral(", ")), trimmed));
        return QVariant(code);
    }
    }
    return QVariant(trimmed);
}

QString toText(FieldKind kind, const QVariant& value)
{
    switch (kind) {
    case FieldKind::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldKind::Date:
        return TimeFormat::toStoredDate(value.toDate());
    case FieldKind::Timestamp:
        return value.toDateTime().isValid() ? value.toDateTime().toUTC().toString(Qt::ISODate) : QString();
    case FieldKind::Money:
        return Money::toPlain(value.toLongLong());
    case FieldKind::Reference:
        return value.toLongLong() == 0 ? QString() : QString::number(value.toLongLong());
    case FieldKind::Integer:
        return value.isNull() ? QString() : QString::number(value.toLongLong());
    case FieldKind::Decimal:
        return value.isNull() ? QString() : QString::number(value.toDouble(), 'f', 2);
    case FieldKind::Text:
    case FieldKind::Enum:
        return value.toString();
    }
    return value.toString();
}

QJsonValue toJson(FieldKind kind, const QVariant& value)
{
    switch (kind) {
    case FieldKind::Boolean:
        return value.toBool();
    case FieldKind::Date:
    case FieldKind::Timestamp: {
        const QString text = toText(kind, value);
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    case FieldKind::Money:
        return Money::toDouble(value.toLongLong());
    case FieldKind::Reference:
        return value.toLongLong() == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
    case FieldKind::Integer:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
    case FieldKind::Decimal:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toDouble());
    case FieldKind::Text:
    case FieldKind::Enum:
        return value.toString();
    }
    return value.toString();
}

} // namespace FieldValues
