#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Contact.h"
#include "records/DeletionImpact.h"
#include "records/KeysetPage.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    explicit ContactService(ServiceContext context);

    Result<Contact> get(qint64 id) const;
    Result<QList<Contact>> list(const ListQuery& query = {}) const;
    // The ids of one page of the list, in its order, starting after `after` (keyset paging for
    // lazily fetching views); the query's limit and offset are ignored.
    Result<KeysetPage> listKeys(const ListQuery& query, const ListCursor& after, int limit) const;
    // The contacts with these ids, in no particular order (missing ids are skipped).
    Result<QList<Contact>> getMany(const QList<qint64>& ids) const;
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
