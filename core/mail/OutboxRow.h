#pragma once

#include "mail/OutboxMail.h"

#include <QSqlQuery>
#include <QString>

// The outbox columns every query selects, in the order fromQuery() reads them.
namespace OutboxRow {
QString columns();
OutboxMail fromQuery(const QSqlQuery& query, int first = 0);
} // namespace OutboxRow
