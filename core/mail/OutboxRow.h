#pragma once

#include "mail/OutboxMail.h"

#include <QSqlQuery>
#include <QString>

// The outbox columns every query selects, in the order fromQuery() reads them.
namespace OutboxRow {
// Without bodies, html_body and text_body come back empty.
QString columns(bool withBodies = true);
OutboxMail fromQuery(const QSqlQuery& query, int first = 0);
} // namespace OutboxRow
