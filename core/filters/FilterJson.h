#pragma once

#include "common/Result.h"
#include "filters/Filter.h"
#include "filters/FilterIssue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

// The versioned JSON form of a filter, as stored in segments.filter and read by `--filter-file`:
//
//   {"version": 1, "entity": "contact", "match": "all",
//    "rules": [{"field": "company.country", "operator": "equals", "value": "Thailand"},
//              {"match": "any", "rules": [ … ]}]}
//
// "version" may be left out (it is then the current one) and "match" defaults to "all". An element
// of "rules" with "rules" of its own is a nested group. Reading checks the shape only; FilterChecker
// checks fields, operators and values.
class FilterJson
{
    Q_DECLARE_TR_FUNCTIONS(FilterJson)

public:
    // An Invalid error lists every shape problem, one line each, with its path.
    static Result<Filter> parse(const QByteArray& json);
    static Result<Filter> fromObject(const QJsonObject& object);
    static QJsonObject toObject(const Filter& filter);
    static QByteArray serialise(const Filter& filter,
                                QJsonDocument::JsonFormat format = QJsonDocument::Compact);
    static QJsonObject nodeToObject(const FilterNode& node);

private:
    static void readRules(const QJsonValue& rules, const QString& path, FilterNode& group,
                          QList<FilterIssue>& issues);
};
