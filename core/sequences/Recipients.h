#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Contact.h"

// Who receives a company-wide mail (SPEC §4, §5): its active billing contacts, or all its active
// contacts when none is a billing contact. The group is chosen first and unsubscribed contacts
// are dropped after (when asked), so marketing mail never falls back to non-billing contacts
// just because the billing contact unsubscribed. Contacts without an address are left out.
namespace Recipients {
Result<QList<Contact>> forCompany(const ServiceContext& context, qint64 companyId, bool dropUnsubscribed);
} // namespace Recipients
