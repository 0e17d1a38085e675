#include "filters/FilterSqlCompiler.h"

#include "common/TimeFormat.h"
#include "filters/FilterText.h"

// Every helper below appends its bound values in the order its placeholders appear. Operands of `+`
// are evaluated in an unspecified order, so each piece that binds is built in its own statement.
struct FilterSqlCompiler::Builder
{
    FilterEntity entity = FilterEntity::Contact;
    QVariantList binds;
    bool joinCompany = false;

    QString bind(const QVariant& value)
    {
        binds << value;
        return QStringLiteral("?");
    }
    QString use(const Expr& expr)
    {
        binds += expr.binds;
        return expr.sql;
    }
    QString companyId() const
    {
        return entity == FilterEntity::Company ? QStringLiteral("co.id") : QStringLiteral("c.company_id");
    }
};

namespace {
const QString kActive = QStringLiteral("active");

QString comparison(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Equals:
        return QStringLiteral(" = ");
    case FilterOperator::NotEquals:
        return QStringLiteral(" <> ");
    case FilterOperator::GreaterThan:
        return QStringLiteral(" > ");
    case FilterOperator::GreaterThanOrEqual:
        return QStringLiteral(" >= ");
    case FilterOperator::LessThan:
        return QStringLiteral(" < ");
    case FilterOperator::LessThanOrEqual:
        return QStringLiteral(" <= ");
    default:
        return QStringLiteral(" = ");
    }
}
} // namespace

FilterSqlCompiler::FilterSqlCompiler(FilterContext context) : m_context(std::move(context)) {}

CompiledFilter FilterSqlCompiler::compile(const CheckedFilter& filter) const
{
    return compile(filter.entity, filter.root);
}

CompiledFilter FilterSqlCompiler::compile(FilterEntity entity, const CheckedNode& root) const
{
    Builder builder;
    builder.entity = entity;
    CompiledFilter compiled;
    compiled.entity = entity;
    compiled.where = node(root, builder);
    compiled.binds = builder.binds;
    if (entity == FilterEntity::Company) {
        compiled.from = QStringLiteral("companies co");
    } else if (builder.joinCompany) {
        compiled.from = QStringLiteral("contacts c JOIN companies co ON co.id = c.company_id");
        compiled.joinsCompany = true;
    } else {
        compiled.from = QStringLiteral("contacts c");
    }
    return compiled;
}

QString FilterSqlCompiler::node(const CheckedNode& checked, Builder& builder) const
{
    if (!checked.isGroup)
        return rule(checked.rule, builder);
    if (checked.children.isEmpty())
        return QStringLiteral("1 = 1"); // only the root may be empty: it selects every record
    QStringList parts;
    for (const CheckedNode& child : checked.children)
        parts << node(child, builder);
    if (parts.size() == 1)
        return parts.first();
    const QString glue = checked.match == FilterMatch::All ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
    return QLatin1Char('(') + parts.join(glue) + QLatin1Char(')');
}

QString FilterSqlCompiler::rule(const CheckedRule& checked, Builder& builder) const
{
    const FilterField& field = *checked.field;
    switch (field.source) {
    case FilterSource::ContactColumn:
    case FilterSource::CompanyColumn: {
        const bool company = field.source == FilterSource::CompanyColumn;
        if (company && builder.entity == FilterEntity::Contact)
            builder.joinCompany = true;
        const Expr column{(company ? QStringLiteral("co.") : QStringLiteral("c.")) + field.column, {}};
        switch (field.type) {
        case FilterFieldType::Text:
            return text(checked, column, builder);
        case FilterFieldType::Number:
            return number(checked, column, builder);
        case FilterFieldType::Boolean:
            return boolean(checked, column, builder);
        case FilterFieldType::Enum:
            return enumeration(checked, column, builder);
        case FilterFieldType::Date:
            return date(checked, column, field.nullable, builder);
        }
        break;
    }
    case FilterSource::ContactCount:
        return number(checked,
                      {QStringLiteral("(SELECT count(*) FROM contacts x WHERE x.company_id = ") +
                           builder.companyId() + QLatin1Char(')'),
                       {}},
                      builder);
    case FilterSource::ActiveContractCount:
        return number(checked,
                      {QStringLiteral("(SELECT count(*) FROM contracts k WHERE k.company_id = ") +
                           builder.companyId() + QStringLiteral(" AND k.status = ?)"),
                       {kActive}},
                      builder);
    case FilterSource::OverdueInvoiceCount:
        // The same rule as Invoice::overdueOn: stored as overdue, or draft/sent and past its due date.
        return number(
            checked,
            {QStringLiteral("(SELECT count(*) FROM invoices i JOIN contracts k ON k.id = i.contract_id "
                            "WHERE k.company_id = ") +
                 builder.companyId() +
                 QStringLiteral(" AND (i.status = ? OR (i.status IN (?, ?) AND i.due_date IS NOT NULL "
                                "AND i.due_date <> '' AND i.due_date < ?)))"),
             {QStringLiteral("overdue"), QStringLiteral("draft"), QStringLiteral("sent"),
              TimeFormat::toStoredDate(m_context.today)}},
            builder);
    case FilterSource::ActiveContractEndDates:
        return activeContractEnds(checked, builder.companyId(), builder);
    }
    return QStringLiteral("1 = 0");
}

QString FilterSqlCompiler::text(const CheckedRule& checked, const Expr& column, Builder& builder) const
{
    const bool key = checked.field->fold == FilterTextFold::KeyColumn;
    // Key columns already hold folded text: fold the value here. Other columns: lower() both sides,
    // so each backend applies its own lower() to column and value alike.
    const Expr folded =
        key ? column : Expr{QStringLiteral("lower(") + column.sql + QLatin1Char(')'), column.binds};
    const QString valueSql = key ? QStringLiteral("?") : QStringLiteral("lower(?)");
    const auto value = [&](const QVariant& raw) -> QString {
        return key ? FilterText::fold(raw.toString()) : raw.toString();
    };
    const auto placeholder = [&](const QVariant& raw) -> QString {
        builder.binds << value(raw);
        return valueSql;
    };
    const auto like = [&](const QString& prefix, const QString& suffix, bool negate) -> QString {
        const QString lhs = builder.use(folded);
        builder.binds << QString(prefix + FilterText::escapeLike(value(checked.values.value(0))) + suffix);
        return lhs + (negate ? QStringLiteral(" NOT LIKE ") : QStringLiteral(" LIKE ")) + valueSql +
               QStringLiteral(" ESCAPE '\\'");
    };
    const QString percent = QStringLiteral("%");

    switch (checked.op) {
    case FilterOperator::Equals:
    case FilterOperator::NotEquals: {
        const QString lhs = builder.use(folded);
        return lhs + comparison(checked.op) + placeholder(checked.values.value(0));
    }
    case FilterOperator::Contains:
        return like(percent, percent, false);
    case FilterOperator::NotContains:
        return like(percent, percent, true);
    case FilterOperator::StartsWith:
        return like(QString(), percent, false);
    case FilterOperator::EndsWith:
        return like(percent, QString(), false);
    case FilterOperator::InList: {
        const QString lhs = builder.use(folded);
        QStringList placeholders;
        for (const QVariant& item : checked.values)
            placeholders << placeholder(item);
        return lhs + QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case FilterOperator::IsEmpty: {
        const QString sql = builder.use(column);
        return checked.field->nullable ? QStringLiteral("(%1 IS NULL OR %1 = '')").arg(sql)
                                       : sql + QStringLiteral(" = ''");
    }
    case FilterOperator::IsNotEmpty: {
        const QString sql = builder.use(column);
        return checked.field->nullable ? QStringLiteral("(%1 IS NOT NULL AND %1 <> '')").arg(sql)
                                       : sql + QStringLiteral(" <> ''");
    }
    default:
        break;
    }
    return QStringLiteral("1 = 0");
}

QString FilterSqlCompiler::number(const CheckedRule& checked, const Expr& value, Builder& builder) const
{
    // Numbers are doubles; the typed placeholder keeps PostgreSQL from reading 2.5 as a bigint
    // (it types a bare placeholder from the other side: count(*) is bigint there).
    const auto placeholder = [&builder](const QVariant& number) -> QString {
        builder.binds << number.toDouble();
        return QStringLiteral("CAST(? AS DOUBLE PRECISION)");
    };
    const QString lhs = builder.use(value);
    switch (checked.op) {
    case FilterOperator::Between: {
        const QString low = placeholder(checked.values.value(0));
        const QString high = placeholder(checked.values.value(1));
        return lhs + QStringLiteral(" BETWEEN ") + low + QStringLiteral(" AND ") + high;
    }
    case FilterOperator::InList: {
        QStringList placeholders;
        for (const QVariant& item : checked.values)
            placeholders << placeholder(item);
        return lhs + QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    default:
        return lhs + comparison(checked.op) + placeholder(checked.values.value(0));
    }
}

QString FilterSqlCompiler::boolean(const CheckedRule& checked, const Expr& column, Builder& builder) const
{
    // Stored as 0/1; "true" is anything but 0, as the record services read it.
    const bool wanted = checked.values.value(0).toBool() == (checked.op == FilterOperator::Equals);
    const QString lhs = builder.use(column);
    return lhs + (wanted ? QStringLiteral(" <> ") : QStringLiteral(" = ")) + builder.bind(0);
}

QString FilterSqlCompiler::enumeration(const CheckedRule& checked, const Expr& column, Builder& builder) const
{
    const QString lhs = builder.use(column);
    if (checked.op == FilterOperator::InList) {
        QStringList placeholders;
        for (const QVariant& item : checked.values)
            placeholders << builder.bind(item.toString());
        return lhs + QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return lhs + comparison(checked.op) + builder.bind(checked.values.value(0).toString());
}

std::pair<QDate, QDate> FilterSqlCompiler::dateRange(const CheckedRule& checked) const
{
    const QDate value = checked.values.value(0).toDate();
    const qint64 days = checked.values.value(0).toLongLong();
    switch (checked.op) {
    case FilterOperator::Equals:
    case FilterOperator::NotEquals:
        return {value, value};
    case FilterOperator::GreaterThan:
        return {value.addDays(1), QDate()};
    case FilterOperator::GreaterThanOrEqual:
        return {value, QDate()};
    case FilterOperator::LessThan:
        return {QDate(), value.addDays(-1)};
    case FilterOperator::LessThanOrEqual:
        return {QDate(), value};
    case FilterOperator::Between:
        return {value, checked.values.value(1).toDate()};
    case FilterOperator::InLastDays:
        return {m_context.today.addDays(-days), m_context.today};
    case FilterOperator::InNextDays:
        return {m_context.today, m_context.today.addDays(days)};
    default:
        return {};
    }
}

QString FilterSqlCompiler::dateRangeSql(const Expr& column, FilterDateStorage storage, const QDate& low,
                                        const QDate& high, Builder& builder) const
{
    QStringList parts;
    if (!low.isValid()) {
        // '' sorts before every date: with no lower bound, keep the empty text out explicitly.
        const QString sql = builder.use(column);
        parts << sql + QStringLiteral(" <> ''");
    }
    if (low.isValid()) {
        const QString sql = builder.use(column);
        const QString bound = storage == FilterDateStorage::Date ? TimeFormat::toStoredDate(low)
                                                                 : m_context.startOfDayTimestamp(low);
        parts << sql + QStringLiteral(" >= ") + builder.bind(bound);
    }
    if (high.isValid()) {
        const QString sql = builder.use(column);
        if (storage == FilterDateStorage::Date)
            parts << sql + QStringLiteral(" <= ") + builder.bind(TimeFormat::toStoredDate(high));
        else
            parts << sql + QStringLiteral(" < ") +
                         builder.bind(m_context.startOfDayTimestamp(high.addDays(1)));
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

QString FilterSqlCompiler::date(const CheckedRule& checked, const Expr& column, bool nullable,
                                Builder& builder) const
{
    const FilterDateStorage storage = checked.field->dateStorage;
    switch (checked.op) {
    case FilterOperator::IsEmpty: {
        const QString sql = builder.use(column);
        return nullable ? QStringLiteral("(%1 IS NULL OR %1 = '')").arg(sql) : sql + QStringLiteral(" = ''");
    }
    case FilterOperator::IsNotEmpty: {
        const QString sql = builder.use(column);
        return nullable ? QStringLiteral("(%1 IS NOT NULL AND %1 <> '')").arg(sql)
                        : sql + QStringLiteral(" <> ''");
    }
    case FilterOperator::NotEquals: {
        // The complement of equals, so a record without the date is "not on" any date.
        const auto [low, high] = dateRange(checked);
        QString prefix;
        if (nullable)
            prefix = builder.use(column) + QStringLiteral(" IS NULL OR ");
        const QString range = dateRangeSql(column, storage, low, high, builder);
        return QLatin1Char('(') + prefix + QStringLiteral("NOT ") + range + QLatin1Char(')');
    }
    default: {
        const auto [low, high] = dateRange(checked);
        return dateRangeSql(column, storage, low, high, builder);
    }
    }
}

QString FilterSqlCompiler::activeContractEnds(const CheckedRule& checked, const QString& companyId,
                                              Builder& builder) const
{
    // "Any of the company's active contracts ends so"; the negative operators are its complement.
    const Expr endDate{QStringLiteral("k.end_date"), {}};
    const auto exists = [&](const std::function<QString()>& condition) -> QString {
        QString sql = QStringLiteral("EXISTS (SELECT 1 FROM contracts k WHERE k.company_id = ") + companyId +
                      QStringLiteral(" AND k.status = ") + builder.bind(kActive) + QStringLiteral(" AND ");
        sql += condition();
        return sql + QLatin1Char(')');
    };
    const auto hasDate = []() -> QString {
        return QStringLiteral("k.end_date IS NOT NULL AND k.end_date <> ''");
    };
    switch (checked.op) {
    case FilterOperator::IsEmpty:
        return QStringLiteral("NOT ") + exists(hasDate);
    case FilterOperator::IsNotEmpty:
        return exists(hasDate);
    case FilterOperator::NotEquals: {
        const auto [low, high] = dateRange(checked);
        return QStringLiteral("NOT ") +
               exists([&] { return dateRangeSql(endDate, FilterDateStorage::Date, low, high, builder); });
    }
    default: {
        const auto [low, high] = dateRange(checked);
        return exists([&] { return dateRangeSql(endDate, FilterDateStorage::Date, low, high, builder); });
    }
    }
}
