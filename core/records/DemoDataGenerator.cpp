#include "records/DemoDataGenerator.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "settings/OfficeSettings.h"

#include <QSet>
#include <QSqlError>
#include <random>

namespace {
struct Place
{
    const char* city;
    const char* country;
};

const std::array kPlaces = {
    Place{"Bangkok", "Thailand"},         Place{"Chiang Mai", "Thailand"},   Place{"Phuket", "Thailand"},
    Place{"Pattaya", "Thailand"},         Place{"Hua Hin", "Thailand"},      Place{"Krabi", "Thailand"},
    Place{"Singapore", "Singapore"},      Place{"Kuala Lumpur", "Malaysia"}, Place{"Penang", "Malaysia"},
    Place{"Ho Chi Minh City", "Vietnam"}, Place{"Hanoi", "Vietnam"},         Place{"Bali", "Indonesia"},
    Place{"Jakarta", "Indonesia"},        Place{"Manila", "Philippines"},    Place{"Siem Reap", "Cambodia"},
};

const std::array kIndustries = {"hotel", "restaurant", "retail", "spa", "cafe", "fitness", "bar", "resort"};

const std::array kEnglishPrefixes = {"Royal",   "Golden",  "Blue Lotus", "Riverside", "Orchid", "Palm",
                                     "Sunset",  "Emerald", "Silk Road",  "Jasmine",   "Coral",  "Bamboo",
                                     "Harbour", "Lantern", "Monsoon",    "Teak"};
const std::array kThaiPrefixes = {"สยาม", "บ้านสวน", "ริมน้ำ", "ดอกบัว", "ช้างทอง", "ลมทะเล", "เรือนไทย", "ฟ้าใส"};
const char* nounFor(const QString& industry)
{
    if (industry == QLatin1String("hotel"))
        return "Hotel";
    if (industry == QLatin1String("restaurant"))
        return "Kitchen";
    if (industry == QLatin1String("retail"))
        return "Boutique";
    if (industry == QLatin1String("spa"))
        return "Spa";
    if (industry == QLatin1String("cafe"))
        return "Cafe";
    if (industry == QLatin1String("fitness"))
        return "Fitness";
    if (industry == QLatin1String("bar"))
        return "Lounge";
    return "Resort";
}

const std::array kEnglishFirst = {"Anna",  "James",  "Sophie", "Daniel", "Emily", "Michael",
                                  "Grace", "Oliver", "Chloe",  "Ryan",   "Mei",   "Wei",
                                  "Arjun", "Priya",  "Hannah", "Lucas"};
const std::array kEnglishLast = {"Smith", "Tan",    "Lim",  "Nguyen", "Wong",  "Brown",
                                 "Lee",   "Garcia", "Chen", "Walker", "Kumar", "Santos"};
const std::array kThaiFirst = {"สมชาย", "สมหญิง", "วิภา",  "ณัฐพล",   "กนกวรรณ",
                               "ธนากร", "ปิยะนุช", "อนันต์", "สุดารัตน์", "ชัยวัฒน์"};
const std::array kThaiLast = {"ใจดี", "รักไทย", "ศรีสุข", "วงศ์สวัสดิ์", "แสงทอง", "บุญมา", "พงษ์ไพร", "สุวรรณ"};
const std::array kTitles = {
    "General Manager", "Finance Manager", "Operations Manager",   "IT Officer",
    "Owner",           "Accountant",      "Front Office Manager", "Marketing Manager"};
const std::array kDepartments = {"Management", "Finance", "Operations", "IT", "Marketing", "Front Office"};

template <typename Array> QString pick(std::mt19937& random, const Array& array)
{
    std::uniform_int_distribution<std::size_t> index(0, array.size() - 1);
    return QString::fromUtf8(array[index(random)]);
}

int between(std::mt19937& random, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(random);
}

QString asciiSlug(const QString& text)
{
    QString slug;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
    }
    return slug;
}
} // namespace

DemoDataGenerator::DemoDataGenerator(ServiceContext context) : m_context(std::move(context)) {}

Result<DemoDataGenerator::Summary> DemoDataGenerator::generate(const Options& options) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::EditRecords); !allowed)
        return allowed.error();
    std::mt19937 random(static_cast<std::mt19937::result_type>(options.seed));
    const QDate today = OfficeSettings(m_context).today();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());

    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    const QSqlDatabase db = transaction.connection();

    // Names already in the database stay unique when demo runs twice.
    QSet<QString> usedNames;
    {
        auto existing = SqlRun::exec(db, QStringLiteral("SELECT name_key FROM companies"));
        if (!existing)
            return existing.error();
        while (existing->next())
            usedNames.insert(existing->value(0).toString());
    }
    auto nextNumber = SqlRun::scalar(db, QStringLiteral("SELECT count(*) FROM contracts"));
    if (!nextNumber)
        return nextNumber.error();
    qint64 contractSerial = nextNumber->toLongLong();
    auto invoiceCount = SqlRun::scalar(db, QStringLiteral("SELECT count(*) FROM invoices"));
    if (!invoiceCount)
        return invoiceCount.error();
    qint64 invoiceSerial = invoiceCount->toLongLong();

    QSqlQuery insertCompany(db), insertContact(db), insertContract(db), insertInvoice(db);
    insertCompany.prepare(
        QStringLiteral("INSERT INTO companies (name, name_key, industry, country, city, address, website, "
                       "billing_entity, payment_terms, is_active, notes, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?) RETURNING id"));
    insertContact.prepare(QStringLiteral(
        "INSERT INTO contacts (company_id, name, name_key, email, email_key, phone, title, department, "
        "contact_type, is_billing_contact, language, is_active, unsubscribed, unsubscribed_at, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    insertContract.prepare(QStringLiteral(
        "INSERT INTO contracts (company_id, contract_number, start_date, end_date, monthly_value_minor, "
        "currency, status, auto_renew, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?) RETURNING id"));
    insertInvoice.prepare(QStringLiteral(
        "INSERT INTO invoices (contract_id, invoice_number, issue_date, due_date, amount_minor, currency, "
        "status, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    const auto run = [](QSqlQuery& query, const QVariantList& values) -> Status {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return SqlRun::errorFrom(query);
        return Status::success();
    };

    Summary summary;
    for (int c = 0; c < options.companies; ++c) {
        const Place place = kPlaces[static_cast<std::size_t>(between(random, 0, kPlaces.size() - 1))];
        const QString industry = pick(random, kIndustries);
        const bool thaiName =
            QString::fromLatin1(place.country) == QLatin1String("Thailand") && between(random, 0, 2) == 0;
        QString name =
            thaiName
                ? pick(random, kThaiPrefixes) + QLatin1Char(' ') + QString::fromLatin1(nounFor(industry))
                : pick(random, kEnglishPrefixes) + QLatin1Char(' ') + QString::fromLatin1(nounFor(industry));
        if (usedNames.contains(name.toCaseFolded()))
            name += QStringLiteral(" ") + QString::fromLatin1(place.city);
        for (int branch = 2; usedNames.contains(name.toCaseFolded()); ++branch)
            name = name.section(QStringLiteral(" #"), 0, 0) + QStringLiteral(" #%1").arg(branch);
        usedNames.insert(name.toCaseFolded());
        const QString slug = asciiSlug(name).isEmpty() ? QStringLiteral("siam%1").arg(c) : asciiSlug(name);
        const QString domain = slug.left(24) + QStringLiteral(".example");
        const bool active = between(random, 0, 19) != 0;
        if (auto ok = run(insertCompany,
                          {name, name.toCaseFolded(), industry, QString::fromLatin1(place.country),
                           QString::fromLatin1(place.city),
                           QStringLiteral("%1 Sukhumvit Road").arg(between(random, 1, 999)),
                           QString(QStringLiteral("https://www.") + domain),
                           QString(name + QStringLiteral(" Co., Ltd.")),
                           between(random, 0, 1) ? QStringLiteral("Net 30") : QStringLiteral("Net 15"),
                           active ? 1 : 0, now, now});
            !ok)
            return ok.error();
        insertCompany.next();
        const qint64 companyId = insertCompany.value(0).toLongLong();
        insertCompany.finish();
        ++summary.companies;

        for (int p = 0; p < options.contactsPerCompany; ++p) {
            const bool thai = between(random, 0, 1) == 0;
            const QString person =
                thai ? pick(random, kThaiFirst) + QLatin1Char(' ') + pick(random, kThaiLast)
                     : pick(random, kEnglishFirst) + QLatin1Char(' ') + pick(random, kEnglishLast);
            const QString email = QStringLiteral("contact%1.%2@%3").arg(companyId).arg(p + 1).arg(domain);
            const bool billing = p == 1 || (options.contactsPerCompany == 1);
            const QString type = p == 0    ? QStringLiteral("primary")
                                 : billing ? QStringLiteral("billing")
                                           : QStringLiteral("technical");
            const bool unsubscribed = between(random, 0, 29) == 0;
            if (auto ok =
                    run(insertContact,
                        {companyId, person, person.toCaseFolded(), email, email.toCaseFolded(),
                         QStringLiteral("+66 %1 %2")
                             .arg(between(random, 80, 99))
                             .arg(between(random, 1000000, 9999999)),
                         pick(random, kTitles), pick(random, kDepartments), type, billing ? 1 : 0,
                         thai ? QStringLiteral("th") : QStringLiteral("en"),
                         between(random, 0, 24) != 0 ? 1 : 0, unsubscribed ? 1 : 0,
                         unsubscribed ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)), now, now});
                !ok)
                return ok.error();
            ++summary.contacts;
        }

        // One or two contracts: ends spread from six months ago to a year ahead.
        const int contracts = between(random, 1, 2);
        for (int k = 0; k < contracts; ++k) {
            const QDate end = today.addDays(between(random, -180, 365));
            const QDate start = end.addYears(-1).addDays(1);
            const QString status =
                end < today
                    ? (between(random, 0, 1) ? QStringLiteral("expired") : QStringLiteral("renewed"))
                    : (between(random, 0, 9) == 0 ? QStringLiteral("draft") : QStringLiteral("active"));
            const qint64 monthly = qint64(between(random, 30, 300)) * 10000;
            const QString number =
                QStringLiteral("C-%1-%2").arg(start.year()).arg(++contractSerial, 6, 10, QLatin1Char('0'));
            if (auto ok = run(insertContract, {companyId, number, TimeFormat::toStoredDate(start),
                                               TimeFormat::toStoredDate(end), monthly, QStringLiteral("THB"),
                                               status, between(random, 0, 1), now, now});
                !ok)
                return ok.error();
            insertContract.next();
            const qint64 contractId = insertContract.value(0).toLongLong();
            insertContract.finish();
            ++summary.contracts;

            // The last three monthly invoices; older ones paid, some recent ones overdue.
            for (int m = 3; m >= 1; --m) {
                const QDate issue = today.addMonths(-m + 1).addDays(-between(random, 0, 20));
                const QDate due = issue.addDays(30);
                QString invoiceStatus = QStringLiteral("paid");
                if (due >= today)
                    invoiceStatus = QStringLiteral("sent");
                else if (between(random, 0, 3) == 0)
                    invoiceStatus = QStringLiteral("sent"); // unpaid past due: shows as overdue
                const QString invoiceNumber = QStringLiteral("INV-%1-%2")
                                                  .arg(issue.year())
                                                  .arg(++invoiceSerial, 7, 10, QLatin1Char('0'));
                if (auto ok = run(insertInvoice, {contractId, invoiceNumber, TimeFormat::toStoredDate(issue),
                                                  TimeFormat::toStoredDate(due), monthly,
                                                  QStringLiteral("THB"), invoiceStatus, now, now});
                    !ok)
                    return ok.error();
                ++summary.invoices;
            }
        }
    }
    if (auto audited =
            AuditLog(m_context).record(QStringLiteral("demo"), 0, QStringLiteral("create"),
                                       {{QStringLiteral("companies"), QVariant(), summary.companies},
                                        {QStringLiteral("contacts"), QVariant(), summary.contacts}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}
