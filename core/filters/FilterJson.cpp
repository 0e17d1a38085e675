#include "filters/FilterJson.h"

#include <QJsonArray>
#include <QJsonParseError>

namespace {
QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("FilterJson", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("FilterJson", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("FilterJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("FilterJson", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("FilterJson", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("FilterJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("FilterJson", "nothing");
}
} // namespace

Result<Filter> FilterJson::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QString(), tr("The filter is not valid JSON: %1 at character %2.")
                                             .arg(error.errorString())
                                             .arg(error.offset));
    if (!document.isObject())
        return Error::invalid(QString(),
                              tr("The filter must be a JSON object with entity, match and rules."));
    return fromObject(document.object());
}

Result<Filter> FilterJson::fromObject(const QJsonObject& object)
{
    QList<FilterIssue> issues;
    Filter filter;
    static const QStringList known = {QStringLiteral("version"), QStringLiteral("entity"),
                                      QStringLiteral("match"), QStringLiteral("rules")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            issues.append(
                {it.key(),
                 tr("Unknown key \"%1\"; a filter has version, entity, match and rules.").arg(it.key())});
    }

    const QJsonValue version = object.value(QLatin1String("version"));
    if (!version.isUndefined()) {
        const double number = version.toDouble(-1);
        if (!version.isDouble() || number != int(number) || number < 1)
            issues.append({QStringLiteral("version"),
                           tr("The version must be a whole number (this format is version %1).")
                               .arg(Filter::kVersion)});
        else if (int(number) > Filter::kVersion)
            issues.append({QStringLiteral("version"),
                           tr("This filter was written by a newer version of Rapport (format version %1; "
                              "this one reads version %2).")
                               .arg(int(number))
                               .arg(Filter::kVersion)});
    }

    const QJsonValue entity = object.value(QLatin1String("entity"));
    if (entity.isUndefined()) {
        issues.append({QStringLiteral("entity"),
                       tr("Say which records the filter selects: \"entity\": \"company\" or \"contact\".")});
    } else if (const auto parsed = FilterEntityCodes::fromCode(entity.toString());
               entity.isString() && parsed) {
        filter.entity = *parsed;
    } else {
        issues.append({QStringLiteral("entity"),
                       tr("The entity must be \"company\" or \"contact\", not %1.")
                           .arg(entity.isString() ? QLatin1Char('"') + entity.toString() + QLatin1Char('"')
                                                  : typeName(entity))});
    }

    const QJsonValue match = object.value(QLatin1String("match"));
    if (!match.isUndefined()) {
        if (const auto parsed = FilterMatchCodes::fromCode(match.toString()); match.isString() && parsed)
            filter.root.match = *parsed;
        else
            issues.append({QStringLiteral("match"), tr("The match must be \"all\" or \"any\".")});
    }

    readRules(object.value(QLatin1String("rules")), QString(), filter.root, issues);
    if (!issues.isEmpty())
        return FilterIssue::toError(issues);
    return filter;
}

void FilterJson::readRules(const QJsonValue& rules, const QString& path, FilterNode& group,
                           QList<FilterIssue>& issues)
{
    const QString rulesPath = path.isEmpty() ? QStringLiteral("rules") : path + QStringLiteral(".rules");
    if (rules.isUndefined())
        return; // no rules: the group matches every record (the checker refuses empty nested groups)
    if (!rules.isArray()) {
        issues.append({rulesPath, tr("The rules must be a list, not %1.").arg(typeName(rules))});
        return;
    }
    const QJsonArray array = rules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = Filter::childPath(path, i);
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            issues.append(
                {itemPath, tr("A rule must be an object {\"field\", \"operator\", \"value\"}, not %1.")
                               .arg(typeName(item))});
            continue;
        }
        const QJsonObject object = item.toObject();
        const bool isGroup = object.contains(QLatin1String("rules"));
        const QStringList known = isGroup ? QStringList{QStringLiteral("match"), QStringLiteral("rules")}
                                          : QStringList{QStringLiteral("field"), QStringLiteral("operator"),
                                                        QStringLiteral("value")};
        bool clean = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                issues.append(
                    {itemPath,
                     isGroup
                         ? tr("Unknown key \"%1\"; a group has match and rules.").arg(it.key())
                         : tr("Unknown key \"%1\"; a rule has field, operator and value.").arg(it.key())});
                clean = false;
                break;
            }
        }
        if (isGroup) {
            FilterNode child = FilterNode::group(FilterMatch::All);
            const QJsonValue match = object.value(QLatin1String("match"));
            if (!match.isUndefined()) {
                if (const auto parsed = FilterMatchCodes::fromCode(match.toString());
                    match.isString() && parsed)
                    child.match = *parsed;
                else if (clean)
                    issues.append({itemPath, tr("The match must be \"all\" or \"any\".")});
            }
            readRules(object.value(QLatin1String("rules")), itemPath, child, issues);
            group.children.append(child);
            continue;
        }
        const QJsonValue field = object.value(QLatin1String("field"));
        const QJsonValue op = object.value(QLatin1String("operator"));
        if (clean && !field.isUndefined() && !field.isString())
            issues.append(
                {itemPath, tr("The field must be a field name in quotes, not %1.").arg(typeName(field))});
        else if (clean && !op.isUndefined() && !op.isString())
            issues.append(
                {itemPath, tr("The operator must be an operator name in quotes, not %1.").arg(typeName(op))});
        group.children.append(
            FilterNode::rule(field.toString(), op.toString(), object.value(QLatin1String("value"))));
    }
}

QJsonObject FilterJson::nodeToObject(const FilterNode& node)
{
    QJsonObject object;
    if (node.isGroup) {
        object.insert(QStringLiteral("match"), FilterMatchCodes::toCode(node.match));
        QJsonArray rules;
        for (const FilterNode& child : node.children)
            rules.append(nodeToObject(child));
        object.insert(QStringLiteral("rules"), rules);
        return object;
    }
    object.insert(QStringLiteral("field"), node.field);
    object.insert(QStringLiteral("operator"), node.op);
    if (!node.value.isUndefined())
        object.insert(QStringLiteral("value"), node.value);
    return object;
}

QJsonObject FilterJson::toObject(const Filter& filter)
{
    QJsonObject object = nodeToObject(filter.root);
    object.insert(QStringLiteral("version"), Filter::kVersion);
    object.insert(QStringLiteral("entity"), FilterEntityCodes::toCode(filter.entity));
    return object;
}

QByteArray FilterJson::serialise(const Filter& filter, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toObject(filter)).toJson(format);
}
