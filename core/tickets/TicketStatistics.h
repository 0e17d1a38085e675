#pragma once

#include <QMap>
#include <QString>
#include <optional>

// The figures of the statistics view and `rapport-cli ticket stats` (SPEC §8).
struct TicketStatistics
{
    qint64 total = 0;
    qint64 open = 0;
    QMap<QString, qint64> byStatus;   // every status code, zero included
    QMap<QString, qint64> byPriority; // every priority code, all tickets, zero included
    qint64 myOpen = 0;                // open and assigned to the acting user
    qint64 unassigned = 0;            // open and assigned to nobody
    qint64 overdue = 0;
    std::optional<double> averageFirstResponseHours; // over tickets that have had a public reply
    std::optional<double> averageResolutionHours;    // over resolved or closed tickets
};
