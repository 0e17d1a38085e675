#include "sequences/Recipients.h"

#include "records/ContactService.h"

namespace Recipients {

Result<QList<Contact>> forCompany(const ServiceContext& context, qint64 companyId, bool dropUnsubscribed)
{
    ListQuery query;
    query.companyId = companyId;
    query.activeOnly = true;
    auto contacts = ContactService(context).list(query);
    if (!contacts)
        return contacts.error();
    QList<Contact> billing;
    for (const Contact& contact : contacts.value()) {
        if (contact.isBillingContact)
            billing << contact;
    }
    QList<Contact> result;
    for (const Contact& contact : billing.isEmpty() ? contacts.value() : billing) {
        if (!contact.isActive || contact.email.trimmed().isEmpty())
            continue;
        if (dropUnsubscribed && contact.unsubscribed)
            continue;
        result << contact;
    }
    return result;
}

} // namespace Recipients
