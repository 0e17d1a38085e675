#include "filters/Filter.h"

FilterNode FilterNode::rule(const QString& field, const QString& op, const QJsonValue& value)
{
    FilterNode node;
    node.field = field;
    node.op = op;
    node.value = value;
    return node;
}

FilterNode FilterNode::group(FilterMatch match, const QList<FilterNode>& children)
{
    FilterNode node;
    node.isGroup = true;
    node.match = match;
    node.children = children;
    return node;
}

QString Filter::childPath(const QString& parentPath, qsizetype index)
{
    const QString own = QStringLiteral("rules[%1]").arg(index);
    return parentPath.isEmpty() ? own : parentPath + QLatin1Char('.') + own;
}
