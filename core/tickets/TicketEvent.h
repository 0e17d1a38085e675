#pragma once

#include <QDateTime>
#include <QString>

// One change of a tracked ticket field: who, when, old and new. `field` is status, priority,
// assigned_to, assigned_team or due_date; values are stored codes, ISO timestamps (due_date) or
// the assignee's name (assigned_to); empty means none.
struct TicketEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    qint64 actorId = 0;
    QString actorName;
    QDateTime at;
};
