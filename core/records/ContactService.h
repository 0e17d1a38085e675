#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Contact.h"
#include "records/DeletionImpact.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    explicit ContactService(ServiceContext context);

    Result<Contact> get(qint64 id) const;
    Result<QList<Contact>> list(const ListQuery& query = {}) const;
    Result<qint64> count(const ListQuery& query = {}) const;
    Result<qint64> create(const Contact& contact) const;
    Status update(const Contact& contact) const;
    Result<DeletionImpact> deletionImpact(qint64 id) const;
    Status remove(qint64 id) const;
    // Marks a contact unsubscribed (or subscribed again), stamping unsubscribed_at.
    Status setUnsubscribed(qint64 id, bool unsubscribed) const;

    Status validate(const Contact& contact) const;

private:
    ServiceContext m_context;
};
