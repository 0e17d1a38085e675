#include "TestBackend.h"
#include "TestDatabase.h"
#include "db/SqlRun.h"
#include "filters/FilterChecker.h"
#include "filters/FilterFieldCatalogue.h"
#include "filters/FilterOperator.h"
#include "records/Company.h"
#include "records/Contact.h"
#include "records/RecordFields.h"

#include <QJsonArray>
#include <QtTest>

// The field catalogue and the type → operators table (SPEC §7): only operators that fit a field's
// type are offered and accepted, every field is real, and values are typed.
class TestFilterCatalogue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    // A field of the given type on contacts, to try operators on.
    static QString sampleField(FilterFieldType type)
    {
        switch (type) {
        case FilterFieldType::Text:
            return QStringLiteral("company.country");
        case FilterFieldType::Number:
            return QStringLiteral("company.active_contract_count");
        case FilterFieldType::Date:
            return QStringLiteral("created_at");
        case FilterFieldType::Boolean:
            return QStringLiteral("unsubscribed");
        case FilterFieldType::Enum:
            return QStringLiteral("language");
        }
        return {};
    }

    static QJsonValue sampleValue(FilterFieldType type, FilterValueShape shape)
    {
        QJsonValue one;
        QJsonValue two;
        switch (type) {
        case FilterFieldType::Text:
            one = QStringLiteral("Thailand");
            two = QStringLiteral("Vietnam");
            break;
        case FilterFieldType::Number:
            one = 1;
            two = 3;
            break;
        case FilterFieldType::Date:
            one = QStringLiteral("2026-01-01");
            two = QStringLiteral("2026-02-01");
            break;
        case FilterFieldType::Boolean:
            one = true;
            two = false;
            break;
        case FilterFieldType::Enum:
            one = QStringLiteral("th");
            two = QStringLiteral("en");
            break;
        }
        switch (shape) {
        case FilterValueShape::None:
            return QJsonValue::Undefined;
        case FilterValueShape::Single:
            return one;
        case FilterValueShape::Pair:
        case FilterValueShape::List:
            return QJsonArray{one, two};
        case FilterValueShape::Days:
            return 30;
        }
        return one;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    }

    void operatorFitsType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("accepted");
        // The table of SPEC §7, written out here independently of the code under test.
        const QStringList text = {
            QStringLiteral("equals"),       QStringLiteral("not_equals"),  QStringLiteral("contains"),
            QStringLiteral("not_contains"), QStringLiteral("starts_with"), QStringLiteral("ends_with"),
            QStringLiteral("in_list"),      QStringLiteral("is_empty"),    QStringLiteral("is_not_empty")};
        const QStringList number = {QStringLiteral("equals"),       QStringLiteral("not_equals"),
                                    QStringLiteral("greater_than"), QStringLiteral("greater_than_or_equal"),
                                    QStringLiteral("less_than"),    QStringLiteral("less_than_or_equal"),
                                    QStringLiteral("between"),      QStringLiteral("in_list")};
        const QStringList date = {QStringLiteral("equals"),       QStringLiteral("not_equals"),
                                  QStringLiteral("greater_than"), QStringLiteral("greater_than_or_equal"),
                                  QStringLiteral("less_than"),    QStringLiteral("less_than_or_equal"),
                                  QStringLiteral("between"),      QStringLiteral("in_last_days"),
                                  QStringLiteral("in_next_days"), QStringLiteral("is_empty"),
                                  QStringLiteral("is_not_empty")};
        const QStringList boolean = {QStringLiteral("equals"), QStringLiteral("not_equals")};
        const QStringList enumeration = {QStringLiteral("equals"), QStringLiteral("not_equals"),
                                         QStringLiteral("in_list")};
        const QList<QPair<FilterFieldType, QStringList>> table = {{FilterFieldType::Text, text},
                                                                  {FilterFieldType::Number, number},
                                                                  {FilterFieldType::Date, date},
                                                                  {FilterFieldType::Boolean, boolean},
                                                                  {FilterFieldType::Enum, enumeration}};
        const QStringList allOperators = {
            QStringLiteral("equals"),       QStringLiteral("not_equals"),
            QStringLiteral("contains"),     QStringLiteral("not_contains"),
            QStringLiteral("starts_with"),  QStringLiteral("ends_with"),
            QStringLiteral("greater_than"), QStringLiteral("greater_than_or_equal"),
            QStringLiteral("less_than"),    QStringLiteral("less_than_or_equal"),
            QStringLiteral("between"),      QStringLiteral("in_list"),
            QStringLiteral("is_empty"),     QStringLiteral("is_not_empty"),
            QStringLiteral("in_last_days"), QStringLiteral("in_next_days")};
        QCOMPARE(FilterOperators::codes(), allOperators);
        for (const auto& [type, accepted] : table) {
            for (const QString& op : allOperators) {
                const QString name = FilterFieldTypeCodes::toCode(type) + QLatin1Char(' ') + op;
                QTest::newRow(qPrintable(name)) << int(type) << op << accepted.contains(op);
            }
        }
    }

    void operatorFitsType()
    {
        QFETCH(int, type);
        QFETCH(QString, op);
        QFETCH(bool, accepted);
        const auto fieldType = FilterFieldType(type);
        const auto parsed = FilterOperators::fromCode(op);
        QVERIFY(parsed);
        QCOMPARE(FilterOperators::accepts(fieldType, *parsed), accepted);
        QCOMPARE(FilterOperators::operatorsFor(fieldType).contains(*parsed), accepted);
        QVERIFY(!FilterOperators::label(*parsed, fieldType).isEmpty());

        // The checker agrees: a well-formed value is accepted exactly when the operator fits.
        const QString field = sampleField(fieldType);
        const FilterNode rule =
            FilterNode::rule(field, op, sampleValue(fieldType, FilterOperators::valueShape(*parsed)));
        auto checked = FilterChecker::checkRule(FilterEntity::Contact, rule);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted) {
            QVERIFY2(checked.error().message.contains(QStringLiteral("\"%1\"").arg(op)),
                     qPrintable(checked.error().message));
            QVERIFY2(checked.error().message.contains(field), qPrintable(checked.error().message));
        }
    }

    void everyFieldIsReal_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QString>("name");
        for (FilterEntity entity : FilterEntityCodes::all()) {
            for (const FilterField& field : FilterFieldCatalogue::fields(entity))
                QTest::newRow(qPrintable(FilterEntityCodes::toCode(entity) + QLatin1Char(' ') + field.name))
                    << int(entity) << field.name;
        }
    }

    // Identifiers only come from the catalogue: each must name a real column and record field.
    void everyFieldIsReal()
    {
        QFETCH(int, entity);
        QFETCH(QString, name);
        const FilterField* field = FilterFieldCatalogue::find(FilterEntity(entity), name);
        QVERIFY(field);
        QVERIFY(!field->displayLabel().isEmpty());
        QVERIFY(!FilterOperators::operatorsFor(field->type).isEmpty());
        if (field->type == FilterFieldType::Enum) {
            QVERIFY(field->enumCodes);
            QVERIFY(!field->enumCodes().isEmpty());
            for (const QString& code : field->enumCodes())
                QVERIFY(!field->enumValueLabel(code).isEmpty());
        }
        if (field->source != FilterSource::ContactColumn && field->source != FilterSource::CompanyColumn) {
            QVERIFY(field->column.isEmpty());
            QVERIFY(!field->displayDescription().isEmpty());
            return;
        }
        const bool company = field->source == FilterSource::CompanyColumn;
        if (company)
            QVERIFY(RecordFields::find(Company::fields(), field->recordField));
        else
            QVERIFY(RecordFields::find(Contact::fields(), field->recordField));
        auto columns =
            SqlRun::exec(m_db->database()->connection(),
                         TestBackend::isPostgres()
                             ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_schema = current_schema() AND table_name = ?")
                             : QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                         {company ? QStringLiteral("companies") : QStringLiteral("contacts")});
        QVERIFY(columns);
        QStringList names;
        while (columns->next())
            names << columns->value(0).toString();
        QVERIFY2(names.contains(field->column), qPrintable(field->column));
        static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
        QVERIFY(identifier.match(field->column).hasMatch());
    }

    void contactFiltersReachTheirCompany()
    {
        for (const char* name :
             {"company.country", "company.industry", "company.name", "company.active_contract_end"})
            QVERIFY2(FilterFieldCatalogue::find(FilterEntity::Contact, QLatin1String(name)), name);
        QVERIFY(!FilterFieldCatalogue::find(FilterEntity::Company, QStringLiteral("email")));
        QCOMPARE(FilterFieldCatalogue::find(FilterEntity::Contact, QStringLiteral("company.country"))
                     ->displayLabel(),
                 QStringLiteral("Company: Country"));
        QCOMPARE(FilterFieldCatalogue::closestName(FilterEntity::Contact, QStringLiteral("company.contry")),
                 QStringLiteral("company.country"));
        QCOMPARE(FilterFieldCatalogue::closestName(FilterEntity::Contact, QStringLiteral("country")),
                 QStringLiteral("company.country"));
        QCOMPARE(FilterFieldCatalogue::closestName(FilterEntity::Contact, QStringLiteral("zzzzzzzzzz")),
                 QString());
    }

    void valuesAreTyped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QVariant>("expected"); // invalid = refused
        QTest::newRow("text trimmed")
            << "name"
            << "equals" << QJsonValue(QStringLiteral("  Ann ")) << QVariant(QStringLiteral("Ann"));
        QTest::newRow("number from text") << "company.contact_count"
                                          << "equals" << QJsonValue(QStringLiteral("3")) << QVariant(3.0);
        QTest::newRow("number") << "company.contact_count"
                                << "greater_than" << QJsonValue(2.5) << QVariant(2.5);
        QTest::newRow("number words") << "company.contact_count"
                                      << "equals" << QJsonValue(QStringLiteral("three")) << QVariant();
        QTest::newRow("date") << "created_at"
                              << "equals" << QJsonValue(QStringLiteral("2026-02-28"))
                              << QVariant(QDate(2026, 2, 28));
        QTest::newRow("date invalid day")
            << "created_at"
            << "equals" << QJsonValue(QStringLiteral("2026-02-30")) << QVariant();
        QTest::newRow("date other format")
            << "created_at"
            << "equals" << QJsonValue(QStringLiteral("28/02/2026")) << QVariant();
        QTest::newRow("boolean") << "unsubscribed"
                                 << "equals" << QJsonValue(false) << QVariant(false);
        QTest::newRow("boolean text") << "unsubscribed"
                                      << "equals" << QJsonValue(QStringLiteral("TRUE")) << QVariant(true);
        QTest::newRow("boolean number") << "unsubscribed"
                                        << "equals" << QJsonValue(1) << QVariant();
        QTest::newRow("enum any case")
            << "language"
            << "equals" << QJsonValue(QStringLiteral("TH")) << QVariant(QStringLiteral("th"));
        QTest::newRow("enum unknown") << "language"
                                      << "equals" << QJsonValue(QStringLiteral("fr")) << QVariant();
        QTest::newRow("days") << "created_at"
                              << "in_last_days" << QJsonValue(7) << QVariant(qint64(7));
        QTest::newRow("days negative") << "created_at"
                                       << "in_last_days" << QJsonValue(-1) << QVariant();
        QTest::newRow("days fraction") << "created_at"
                                       << "in_next_days" << QJsonValue(1.5) << QVariant();
        QTest::newRow("days too many") << "created_at"
                                       << "in_next_days" << QJsonValue(40000) << QVariant();
        QTest::newRow("empty pattern") << "name"
                                       << "contains" << QJsonValue(QStringLiteral("  ")) << QVariant();
        QTest::newRow("nul") << "name"
                             << "equals" << QJsonValue(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << QVariant();
        QTest::newRow("line break") << "name"
                                    << "contains" << QJsonValue(QStringLiteral("a\nb")) << QVariant();
        QTest::newRow("missing value") << "name"
                                       << "equals" << QJsonValue(QJsonValue::Undefined) << QVariant();
        QTest::newRow("value for is_empty") << "name"
                                            << "is_empty" << QJsonValue(QStringLiteral("x")) << QVariant();
    }

    void valuesAreTyped()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QJsonValue, value);
        QFETCH(QVariant, expected);
        auto checked = FilterChecker::checkRule(FilterEntity::Contact, FilterNode::rule(field, op, value));
        QCOMPARE(checked.ok(), expected.isValid());
        if (checked.ok()) {
            QCOMPARE(checked->values.size(), 1);
            QCOMPARE(checked->values.first(), expected);
        } else {
            QVERIFY(!checked.error().message.isEmpty());
        }
    }

    void betweenAndListShapes()
    {
        const auto check = [](const QString& field, const QString& op, const QJsonValue& value) {
            return FilterChecker::checkRule(FilterEntity::Contact, FilterNode::rule(field, op, value));
        };
        QVERIFY(check(QStringLiteral("created_at"), QStringLiteral("between"),
                      QJsonArray{QStringLiteral("2026-01-01"), QStringLiteral("2026-01-01")}));
        auto reversed = check(QStringLiteral("created_at"), QStringLiteral("between"),
                              QJsonArray{QStringLiteral("2026-02-01"), QStringLiteral("2026-01-01")});
        QVERIFY(!reversed);
        QVERIFY(reversed.error().message.contains(QStringLiteral("above")));
        QVERIFY(!check(QStringLiteral("created_at"), QStringLiteral("between"),
                       QJsonArray{QStringLiteral("2026-02-01")}));
        QVERIFY(!check(QStringLiteral("company.contact_count"), QStringLiteral("between"), QJsonValue(3)));
        QVERIFY(!check(QStringLiteral("language"), QStringLiteral("in_list"), QJsonArray{}));
        QJsonArray many;
        for (int i = 0; i <= FilterOperators::kMaxListValues; ++i)
            many.append(QStringLiteral("v%1").arg(i));
        auto tooMany = check(QStringLiteral("company.industry"), QStringLiteral("in_list"), many);
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message.contains(QString::number(FilterOperators::kMaxListValues)));
        many.removeLast();
        QVERIFY(check(QStringLiteral("company.industry"), QStringLiteral("in_list"), many));
        auto list = check(QStringLiteral("language"), QStringLiteral("in_list"),
                          QJsonArray{QStringLiteral("th"), QStringLiteral("en")});
        QVERIFY(list);
        QCOMPARE(list->values, (QVariantList{QStringLiteral("th"), QStringLiteral("en")}));
    }
};

QTEST_GUILESS_MAIN(TestFilterCatalogue)
#include "TestFilterCatalogue.moc"
