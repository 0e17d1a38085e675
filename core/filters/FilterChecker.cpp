#include "filters/FilterChecker.h"

#include "filters/FilterFieldCatalogue.h"
#include "filters/FilterText.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace {
constexpr int kMaxTextLength = 1000;

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString shown(const QJsonValue& value)
{
    if (value.isString())
        return quoted(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return value.isArray() ? QStringLiteral("[…]") : QStringLiteral("{…}");
}

int compareValues(const QVariant& a, const QVariant& b)
{
    return QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
           : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                  : 0;
}
} // namespace

QList<FilterIssue> FilterChecker::issues(const Filter& filter)
{
    QList<FilterIssue> issues;
    int ruleCount = 0;
    checkNode(filter.entity, filter.root, QString(), 1, issues, ruleCount);
    if (ruleCount > Filter::kMaxRules)
        issues.prepend(
            {QString(),
             tr("The filter has %1 rules; at most %2 are allowed.").arg(ruleCount).arg(Filter::kMaxRules)});
    return issues;
}

Result<CheckedFilter> FilterChecker::check(const Filter& filter)
{
    QList<FilterIssue> found;
    int ruleCount = 0;
    CheckedFilter checked;
    checked.entity = filter.entity;
    checked.root = checkNode(filter.entity, filter.root, QString(), 1, found, ruleCount);
    if (ruleCount > Filter::kMaxRules)
        found.prepend(
            {QString(),
             tr("The filter has %1 rules; at most %2 are allowed.").arg(ruleCount).arg(Filter::kMaxRules)});
    if (!found.isEmpty())
        return FilterIssue::toError(found);
    return checked;
}

Result<CheckedRule> FilterChecker::checkRule(FilterEntity entity, const FilterNode& rule)
{
    CheckedRule checked;
    const QString problem = rule.isGroup ? tr("A condition is a single rule, not a group.")
                                         : checkRuleInto(entity, rule, checked);
    if (!problem.isEmpty())
        return Error::invalid(rule.field, problem);
    return checked;
}

CheckedNode FilterChecker::checkNode(FilterEntity entity, const FilterNode& node, const QString& path,
                                     int level, QList<FilterIssue>& issues, int& ruleCount)
{
    CheckedNode checked;
    checked.path = path;
    checked.isGroup = node.isGroup;
    if (!node.isGroup) {
        ++ruleCount;
        const QString problem = checkRuleInto(entity, node, checked.rule);
        if (!problem.isEmpty())
            issues.append({path, problem});
        return checked;
    }
    checked.match = node.match;
    if (level > Filter::kMaxDepth) {
        issues.append(
            {path,
             tr("Groups nest at most %1 levels deep; move this group up a level.").arg(Filter::kMaxDepth)});
        return checked;
    }
    if (node.children.isEmpty() && level > 1)
        issues.append({path, tr("This group has no rules; add a rule or remove the group.")});
    for (qsizetype i = 0; i < node.children.size(); ++i)
        checked.children.append(
            checkNode(entity, node.children.at(i), Filter::childPath(path, i), level + 1, issues, ruleCount));
    return checked;
}

QString FilterChecker::checkRuleInto(FilterEntity entity, const FilterNode& rule, CheckedRule& out)
{
    const QString entityName = FilterEntityCodes::label(entity).toLower();
    if (rule.field.trimmed().isEmpty())
        return tr("Choose a field for this rule.");
    const FilterField* field = FilterFieldCatalogue::find(entity, rule.field);
    if (!field) {
        const QString suggestion = FilterFieldCatalogue::closestName(entity, rule.field);
        if (!suggestion.isEmpty())
            return tr("There is no field \"%1\" for %2; did you mean \"%3\"?")
                .arg(rule.field, entityName, suggestion);
        return tr("There is no field \"%1\" for %2.").arg(rule.field, entityName);
    }
    out.field = field;
    const QString typeName = FilterFieldTypeCodes::label(field->type).toLower();
    if (rule.op.trimmed().isEmpty())
        return tr("Choose an operator for \"%1\".").arg(field->name);
    const auto op = FilterOperators::fromCode(rule.op);
    if (!op)
        return tr("There is no operator \"%1\"; the operators are: %2.")
            .arg(rule.op, FilterOperators::codes().join(QStringLiteral(", ")));
    if (!FilterOperators::accepts(field->type, *op)) {
        QStringList fitting;
        for (FilterOperator candidate : FilterOperators::operatorsFor(field->type))
            fitting << FilterOperators::toCode(candidate);
        return tr("The operator \"%1\" does not fit \"%2\" (%3); use one of: %4.")
            .arg(FilterOperators::toCode(*op), field->name, typeName, fitting.join(QStringLiteral(", ")));
    }
    out.op = *op;

    const QJsonValue& value = rule.value;
    switch (FilterOperators::valueShape(*op)) {
    case FilterValueShape::None:
        if (!value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty()))
            return tr("\"%1\" takes no value.").arg(FilterOperators::toCode(*op));
        return {};
    case FilterValueShape::Days: {
        QVariant days;
        const QString problem = parseDays(value, days);
        if (!problem.isEmpty())
            return problem;
        out.values = {days};
        return {};
    }
    case FilterValueShape::Single: {
        if (value.isUndefined() || value.isNull())
            return tr("\"%1\" %2 needs a value.").arg(field->name, FilterOperators::toCode(*op));
        QVariant parsed;
        const QString problem = parseValue(*field, value, parsed);
        if (!problem.isEmpty())
            return problem;
        const bool pattern = *op == FilterOperator::Contains || *op == FilterOperator::NotContains ||
                             *op == FilterOperator::StartsWith || *op == FilterOperator::EndsWith;
        if (pattern && parsed.toString().isEmpty())
            return tr("Give the text to look for.");
        out.values = {parsed};
        return {};
    }
    case FilterValueShape::Pair: {
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() != 2)
            return tr("\"between\" needs two values: [low, high].");
        QVariant low, high;
        if (QString problem = parseValue(*field, pair.at(0), low); !problem.isEmpty())
            return problem;
        if (QString problem = parseValue(*field, pair.at(1), high); !problem.isEmpty())
            return problem;
        if (compareValues(low, high) > 0)
            return tr("The low value %1 is above the high value %2.")
                .arg(shown(pair.at(0)), shown(pair.at(1)));
        out.values = {low, high};
        return {};
    }
    case FilterValueShape::List: {
        QJsonArray list;
        if (value.isArray())
            list = value.toArray();
        else if (value.isString() || value.isDouble())
            list = {value}; // a single value is a list of one
        if (list.isEmpty() || list.size() > FilterOperators::kMaxListValues)
            return tr("\"in_list\" needs a list of 1 to %1 values.").arg(FilterOperators::kMaxListValues);
        for (const QJsonValue item : std::as_const(list)) {
            QVariant parsed;
            if (QString problem = parseValue(*field, item, parsed); !problem.isEmpty())
                return problem;
            out.values << parsed;
        }
        return {};
    }
    }
    return {};
}

QString FilterChecker::parseValue(const FilterField& field, const QJsonValue& value, QVariant& out)
{
    switch (field.type) {
    case FilterFieldType::Text: {
        if (!value.isString() && !value.isDouble())
            return tr("\"%1\" needs text, not %2.").arg(field.name, shown(value));
        const QString text =
            value.isString() ? value.toString().trimmed() : QString::number(value.toDouble());
        if (FilterText::hasControlCharacter(text))
            return tr("The text for \"%1\" contains a control character (such as NUL or a line break).")
                .arg(field.name);
        if (text.size() > kMaxTextLength)
            return tr("The text for \"%1\" is longer than %2 characters.")
                .arg(field.name)
                .arg(kMaxTextLength);
        out = text;
        return {};
    }
    case FilterFieldType::Number: {
        bool ok = value.isDouble();
        double number = value.toDouble();
        if (value.isString())
            number = QLocale::c().toDouble(value.toString().trimmed(), &ok);
        if (!ok || !std::isfinite(number))
            return tr("%1 is not a number (\"%2\" needs one).").arg(shown(value), field.name);
        out = number;
        return {};
    }
    case FilterFieldType::Date: {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = value.toString().trimmed();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!value.isString() || !pattern.match(text).hasMatch() || !date.isValid())
            return tr("%1 is not a date; write \"%2\" dates as YYYY-MM-DD.").arg(shown(value), field.name);
        out = date;
        return {};
    }
    case FilterFieldType::Boolean: {
        if (value.isBool()) {
            out = value.toBool();
            return {};
        }
        const QString text = value.toString().trimmed().toLower();
        if (value.isString() && (text == QLatin1String("true") || text == QLatin1String("false"))) {
            out = text == QLatin1String("true");
            return {};
        }
        return tr("\"%1\" is true or false, not %2.").arg(field.name, shown(value));
    }
    case FilterFieldType::Enum: {
        const QStringList codes = field.enumCodes ? field.enumCodes() : QStringList();
        const QString code = value.toString().trimmed().toLower();
        if (!value.isString() || !codes.contains(code))
            return tr("%1 is not a value of \"%2\"; use one of: %3.")
                .arg(shown(value), field.name, codes.join(QStringLiteral(", ")));
        out = code;
        return {};
    }
    }
    return {};
}

QString FilterChecker::parseDays(const QJsonValue& value, QVariant& out)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = QLocale::c().toDouble(value.toString().trimmed(), &ok);
    if (!ok || number != std::floor(number) || number < 0 || number > FilterOperators::kMaxDays)
        return tr("The number of days must be a whole number from 0 to %1, not %2.")
            .arg(FilterOperators::kMaxDays)
            .arg(shown(value));
    out = qint64(number);
    return {};
}
