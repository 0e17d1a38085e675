#include "FilterFixture.h"
#include "TestBackend.h"
#include "TestDatabase.h"
#include "db/Transaction.h"
#include "filters/FilterChecker.h"
#include "filters/FilterEvaluator.h"
#include "filters/FilterFieldCatalogue.h"
#include "filters/FilterJson.h"
#include "filters/FilterQuery.h"
#include "filters/FilterSqlCompiler.h"
#include "filters/FilterSubjectLoader.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>
#include <algorithm>

// Random filters (nested, every field, every operator) over random data with awkward values: the
// compiled SQL must select exactly what the reference evaluator selects. The seed is fixed so a
// failure reproduces; RAPPORT_FILTER_SEED picks another.
class TestFilterRandom : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QRandomGenerator m_random;
    QDate m_today;
    QStringList m_texts;

    int pick(int size) { return int(m_random.bounded(size)); }
    bool chance(int percent) { return pick(100) < percent; }
    template <typename T> const T& oneOf(const QList<T>& list) { return list.at(pick(int(list.size()))); }

    // Text that folds in interesting ways: ASCII case, Vietnamese and German case, Thai (no case),
    // LIKE wildcards and escapes, quotes, spaces, empty.
    static QStringList textPool()
    {
        return {QStringLiteral("Bangkok"),     QStringLiteral("BANGKOK"),
                QStringLiteral("bangkok"),     QStringLiteral("Đà Nẵng"),
                QStringLiteral("ĐÀ NẴNG"),     QStringLiteral("đà nẵng"),
                QStringLiteral("เชียงใหม่"),     QStringLiteral("กรุงเทพ"),
                QStringLiteral("Chiang Mai"),  QStringLiteral("100%"),
                QStringLiteral("a_b"),         QStringLiteral("ab"),
                QStringLiteral("back\\slash"), QStringLiteral("O'Brien"),
                QStringLiteral("o'brien"),     QStringLiteral(""),
                QStringLiteral("Straße"),      QStringLiteral("STRASSE"),
                QStringLiteral("ÄPFEL"),       QStringLiteral("äpfel"),
                QStringLiteral("Hotel"),       QStringLiteral("hotel"),
                QStringLiteral("Restaurant"),  QStringLiteral("x -- y"),
                QStringLiteral("İstanbul"),    QStringLiteral("Zoë"),
                QStringLiteral("ZOË")};
    }

    QString randomText()
    {
        QString text = oneOf(m_texts);
        if (chance(20))
            text += QLatin1Char(' ') + oneOf(m_texts);
        return text;
    }

    QString timestampAround(int spreadDays)
    {
        // Often exactly at, or just before, midnight in Bangkok (17:00 UTC).
        const QDate day = m_today.addDays(pick(2 * spreadDays + 1) - spreadDays);
        QDateTime time(day, QTime(0, 0), QTimeZone::utc());
        switch (pick(4)) {
        case 0:
            time = time.addSecs(17 * 3600);
            break;
        case 1:
            time = time.addMSecs(17 * 3600 * 1000 - 1);
            break;
        default:
            time = time.addSecs(pick(86400));
            break;
        }
        return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }

    std::optional<QString> maybeDate(int spreadDays)
    {
        const int roll = pick(10);
        if (roll == 0)
            return std::nullopt;
        if (roll == 1)
            return QString(); // an empty text date, as a foreign tool might leave
        return m_today.addDays(pick(2 * spreadDays + 1) - spreadDays).toString(Qt::ISODate);
    }

    void generateData()
    {
        FilterFixture fixture(*m_db->database());
        Transaction transaction(*m_db->database());
        QVERIFY(transaction.started());
        const QStringList contractStatuses = {QStringLiteral("active"), QStringLiteral("active"),
                                              QStringLiteral("draft"), QStringLiteral("expired"),
                                              QStringLiteral("cancelled")};
        const QStringList invoiceStatuses = {QStringLiteral("draft"), QStringLiteral("sent"),
                                             QStringLiteral("paid"), QStringLiteral("overdue"),
                                             QStringLiteral("cancelled")};
        for (int c = 0; c < 40; ++c) {
            FilterFixture::CompanyRow company{QStringLiteral("%1 #%2").arg(randomText()).arg(c), randomText(),
                                              randomText(), randomText(), randomText()};
            company.isActive = chance(80);
            company.createdAt = timestampAround(60);
            const qint64 companyId = fixture.company(company);
            QVERIFY(companyId > 0);
            for (int k = pick(4); k > 0; --k) {
                const qint64 contractId = fixture.contract(companyId, oneOf(contractStatuses), maybeDate(90));
                for (int i = pick(3); i > 0; --i)
                    fixture.invoice(contractId, oneOf(invoiceStatuses), maybeDate(30));
            }
            for (int n = pick(7); n > 0; --n) {
                FilterFixture::ContactRow contact;
                contact.companyId = companyId;
                contact.name = randomText();
                contact.email = chance(80) ? randomText() + QStringLiteral("@Example.com") : QString();
                contact.title = randomText();
                contact.department = randomText();
                contact.contactType = oneOf(QStringList{
                    QStringLiteral("primary"), QStringLiteral("billing"), QStringLiteral("technical"),
                    QStringLiteral("decision_maker"), QStringLiteral("other")});
                contact.language = chance(50) ? QStringLiteral("th") : QStringLiteral("en");
                contact.isBillingContact = chance(30);
                contact.isActive = chance(85);
                contact.unsubscribed = chance(20);
                if (chance(30))
                    contact.unsubscribedAt = timestampAround(30);
                contact.createdAt = timestampAround(60);
                QVERIFY(fixture.contact(contact) > 0);
            }
        }
        QVERIFY(transaction.commit());
    }

    QJsonValue randomValue(const FilterField& field)
    {
        switch (field.type) {
        case FilterFieldType::Text: {
            QString text = randomText();
            if (text.isEmpty() || chance(30)) {
                // A piece of a real value, so contains/starts/ends find something.
                QString source;
                while (source.isEmpty())
                    source = oneOf(m_texts);
                const int from = pick(int(source.size()));
                text = source.mid(from, 1 + pick(int(source.size()) - from));
            }
            if (chance(20))
                text = text.toUpper();
            // Values are trimmed by the checker; a blank pattern is refused, so avoid one.
            return text.trimmed().isEmpty() ? QStringLiteral("a") : text;
        }
        case FilterFieldType::Number:
            return chance(10) ? QJsonValue(pick(8) / 2.0) : QJsonValue(pick(7));
        case FilterFieldType::Date:
            return m_today.addDays(pick(181) - 90).toString(Qt::ISODate);
        case FilterFieldType::Boolean:
            return chance(50);
        case FilterFieldType::Enum:
            return oneOf(field.enumCodes());
        }
        return {};
    }

    FilterNode randomRule(FilterEntity entity, QSet<QString>& covered)
    {
        const FilterField& field = oneOf(FilterFieldCatalogue::fields(entity));
        const FilterOperator op = oneOf(FilterOperators::operatorsFor(field.type));
        covered.insert(FilterFieldTypeCodes::toCode(field.type) + QLatin1Char(' ') +
                       FilterOperators::toCode(op));
        QJsonValue value;
        switch (FilterOperators::valueShape(op)) {
        case FilterValueShape::None:
            value = QJsonValue::Undefined;
            break;
        case FilterValueShape::Single:
            value = randomValue(field);
            break;
        case FilterValueShape::Days:
            value = pick(3) == 0 ? 0 : pick(90);
            break;
        case FilterValueShape::Pair: {
            QJsonValue low = randomValue(field);
            QJsonValue high = randomValue(field);
            const bool swap = field.type == FilterFieldType::Date ? low.toString() > high.toString()
                                                                  : low.toDouble() > high.toDouble();
            value = swap ? QJsonArray{high, low} : QJsonArray{low, high};
            break;
        }
        case FilterValueShape::List: {
            QJsonArray list;
            for (int i = 1 + pick(4); i > 0; --i)
                list.append(randomValue(field));
            value = list;
            break;
        }
        }
        return FilterNode::rule(field.name, FilterOperators::toCode(op), value);
    }

    FilterNode randomGroup(FilterEntity entity, int level, QSet<QString>& covered)
    {
        FilterNode group = FilterNode::group(chance(50) ? FilterMatch::All : FilterMatch::Any);
        for (int n = 1 + pick(level == 1 ? 4 : 3); n > 0; --n) {
            if (level < Filter::kMaxDepth && chance(level == 1 ? 40 : 25))
                group.children << randomGroup(entity, level + 1, covered);
            else
                group.children << randomRule(entity, covered);
        }
        return group;
    }

private slots:
    void initTestCase()
    {
        const quint32 seed = qEnvironmentVariableIsSet("RAPPORT_FILTER_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("RAPPORT_FILTER_SEED"))
                                 : 20260302u;
        qInfo("seed %u", seed);
        m_random.seed(seed);
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        m_today = FilterContext::forService(m_db->context()).today;
        m_texts = textPool();
        // The in-memory evaluator folds plain text columns as SQLite's lower() does (A–Z only);
        // PostgreSQL's lower() folds every script (README, Segments), so there the comparison
        // holds for text without non-ASCII letters only. Thai has no case and stays.
        if (TestBackend::isPostgres())
            m_texts.removeIf([](const QString& text) {
                return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                    return c.unicode() > 127 && c.script() != QChar::Script_Thai;
                });
            });
        generateData();
    }

    void sqlAgreesWithTheEvaluator_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<int>("filters");
        QTest::newRow("contacts") << int(FilterEntity::Contact) << 1200;
        QTest::newRow("companies") << int(FilterEntity::Company) << 400;
    }

    void sqlAgreesWithTheEvaluator()
    {
        QFETCH(int, entity);
        QFETCH(int, filters);
        const auto filterEntity = FilterEntity(entity);
        const FilterContext context = FilterContext::forService(m_db->context());
        auto subjects = FilterSubjectLoader(*m_db->database()).all(filterEntity);
        QVERIFY(subjects);
        QVERIFY(subjects->size() > 20);
        const FilterEvaluator evaluator(context);
        const FilterQuery query(*m_db->database(), context);
        QSet<QString> covered;
        int nonTrivial = 0;
        for (int i = 0; i < filters; ++i) {
            Filter filter;
            filter.entity = filterEntity;
            filter.root = randomGroup(filterEntity, 1, covered);
            // Through the JSON form and back, as a stored segment would be.
            auto parsed = FilterJson::parse(FilterJson::serialise(filter));
            QVERIFY(parsed);
            auto checked = FilterChecker::check(parsed.value());
            QVERIFY2(checked,
                     qPrintable(QString::fromUtf8(FilterJson::serialise(filter)) + QLatin1Char('\n') +
                                (checked.ok() ? QString() : checked.error().message)));
            auto sqlIds = query.ids(checked.value());
            QVERIFY2(sqlIds, qPrintable(sqlIds.ok() ? QString() : sqlIds.error().message));
            QList<qint64> expected;
            for (const FilterSubject& subject : subjects.value()) {
                if (evaluator.matches(checked.value(), subject))
                    expected << (filterEntity == FilterEntity::Company ? subject.company.id
                                                                       : subject.contact.id);
            }
            if (sqlIds.value() != expected) {
                const CompiledFilter compiled = FilterSqlCompiler(context).compile(checked.value());
                qWarning("filter %d: %s\nSQL: %s", i,
                         FilterJson::serialise(filter, QJsonDocument::Indented).constData(),
                         qPrintable(compiled.where));
            }
            QCOMPARE(sqlIds.value(), expected);
            if (!expected.isEmpty() && expected.size() < subjects->size())
                ++nonTrivial;
        }
        // The comparison means something only if filters select some records but not all.
        QVERIFY2(nonTrivial > filters / 4, qPrintable(QString::number(nonTrivial)));
        // Every operator of every type the entity has was tried.
        QSet<FilterFieldType> types;
        for (const FilterField& field : FilterFieldCatalogue::fields(filterEntity))
            types.insert(field.type);
        for (FilterFieldType type : std::as_const(types)) {
            for (FilterOperator op : FilterOperators::operatorsFor(type)) {
                const QString key =
                    FilterFieldTypeCodes::toCode(type) + QLatin1Char(' ') + FilterOperators::toCode(op);
                QVERIFY2(covered.contains(key), qPrintable(key));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFilterRandom)
#include "TestFilterRandom.moc"
