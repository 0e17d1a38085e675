#include "records/RecordText.h"

#include "common/Money.h"
#include "records/ContactType.h"
#include "records/ContractStatus.h"
#include "records/InvoiceStatus.h"
#include "records/Language.h"

#include <QLocale>

namespace RecordText {

QString codeLabel(const QString& field, const QString& code, bool invoice)
{
    if (field == QLatin1String("contact_type")) {
        if (auto value = ContactTypeCodes::fromCode(code))
            return ContactTypeCodes::label(*value);
    } else if (field == QLatin1String("language")) {
        if (auto value = LanguageCodes::fromCode(code))
            return LanguageCodes::label(*value);
    } else if (field == QLatin1String("status") && invoice) {
        if (auto value = InvoiceStatusCodes::fromCode(code))
            return InvoiceStatusCodes::label(*value);
    } else if (field == QLatin1String("status")) {
        if (auto value = ContractStatusCodes::fromCode(code))
            return ContractStatusCodes::label(*value);
    } else if (field == QLatin1String("currency")) {
        return code.toUpper();
    }
    return code;
}

QString money(qint64 minor)
{
    // Display only: the stored value stays in integer minor units.
    const QLocale locale;
    const QString plain = Money::toPlain(minor);
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? plain : plain.left(dot);
    const QString fraction = dot < 0 ? QString() : plain.mid(dot + 1);
    QString text = locale.toString(whole.toLongLong());
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text;
}

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace RecordText
