#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "records/InvoiceService.h"
#include "records/RecordFields.h"

#include <QtTest>

// CRUD round trips, every validation rule, derived values, audit entries and permissions of the
// four record services, against a real SQLite file.
class TestRecordServices : public QObject
{
    Q_OBJECT

private:
    static qint64 makeCompany(const ServiceContext& ctx, const QString& name)
    {
        Company company;
        company.name = name;
        company.country = QStringLiteral("Thailand");
        auto id = CompanyService(ctx).create(company);
        return id ? id.value() : 0;
    }

    static qint64 makeContract(const ServiceContext& ctx, qint64 companyId, const QString& number,
                               const QDate& end, const QString& status = QStringLiteral("active"))
    {
        Contract contract;
        contract.companyId = companyId;
        contract.contractNumber = number;
        contract.startDate = end.addYears(-1);
        contract.endDate = end;
        contract.status = status;
        auto id = ContractService(ctx).create(contract);
        return id ? id.value() : 0;
    }

private slots:
    void companyRoundTrip()
    {
        TestDatabase db;
        QVERIFY(db.ok());
        CompanyService service(db.context());
        Company company;
        company.name = QStringLiteral("โรงแรมสยาม Riverside");
        company.industry = QStringLiteral("hotel");
        company.website = QStringLiteral("https://siam.example");
        auto id = service.create(company);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto stored = service.get(*id);
        QVERIFY(stored);
        QCOMPARE(stored->name, company.name);
        QCOMPARE(stored->industry, QStringLiteral("hotel"));
        QCOMPARE(stored->createdAt, db.clock().nowUtc());

        stored->city = QStringLiteral("Bangkok");
        db.clock().advanceSeconds(60);
        QVERIFY(service.update(stored.value()));
        auto updated = service.get(*id);
        QCOMPARE(updated->city, QStringLiteral("Bangkok"));
        QCOMPARE(updated->updatedAt, db.clock().nowUtc());
        QVERIFY(updated->createdAt < updated->updatedAt);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");

        QTest::newRow("company name required") << "company"
                                               << "name"
                                               << "  "
                                               << "name";
        QTest::newRow("company name unique ignoring case") << "company"
                                                           << "name"
                                                           << "EXISTING hotel"
                                                           << "name";
        QTest::newRow("company Thai name unique ignoring case") << "company"
                                                                << "name"
                                                                << "สยาม ABC"
                                                                << "name";
        QTest::newRow("company website") << "company"
                                         << "website"
                                         << "not a url"
                                         << "website";
        QTest::newRow("contact name required") << "contact"
                                               << "name"
                                               << ""
                                               << "name";
        QTest::newRow("contact email syntax") << "contact"
                                              << "email"
                                              << "anna@"
                                              << "email";
        QTest::newRow("contact email spaces") << "contact"
                                              << "email"
                                              << "an na@x.com"
                                              << "email";
        QTest::newRow("contact company required") << "contact"
                                                  << "company_id"
                                                  << "0"
                                                  << "company_id";
        QTest::newRow("contact company exists") << "contact"
                                                << "company_id"
                                                << "999"
                                                << "company_id";
        QTest::newRow("contract number required") << "contract"
                                                  << "contract_number"
                                                  << ""
                                                  << "contract_number";
        QTest::newRow("contract number unique") << "contract"
                                                << "contract_number"
                                                << "C-EXISTING"
                                                << "contract_number";
        QTest::newRow("contract end before start") << "contract"
                                                   << "end_date"
                                                   << "2020-01-01"
                                                   << "end_date";
        QTest::newRow("contract negative value") << "contract"
                                                 << "monthly_value"
                                                 << "-1"
                                                 << "monthly_value";
        QTest::newRow("invoice number required") << "invoice"
                                                 << "invoice_number"
                                                 << ""
                                                 << "invoice_number";
        QTest::newRow("invoice number unique") << "invoice"
                                               << "invoice_number"
                                               << "INV-EXISTING"
                                               << "invoice_number";
        QTest::newRow("invoice negative amount") << "invoice"
                                                 << "amount"
                                                 << "-5"
                                                 << "amount";
        QTest::newRow("invoice due before issue") << "invoice"
                                                  << "due_date"
                                                  << "2020-01-01"
                                                  << "due_date";
        QTest::newRow("invoice contract exists") << "invoice"
                                                 << "contract_id"
                                                 << "12345"
                                                 << "contract_id";
    }

    void validation()
    {
        QFETCH(QString, type);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        TestDatabase db;
        QVERIFY(db.ok());
        const auto ctx = db.context();
        const qint64 companyId = makeCompany(ctx, QStringLiteral("Existing Hotel"));
        QVERIFY(makeCompany(ctx, QStringLiteral("สยาม abc")) > 0);
        const qint64 contractId =
            makeContract(ctx, companyId, QStringLiteral("C-EXISTING"), QDate(2026, 12, 31));
        QVERIFY(contractId > 0);
        Invoice existing;
        existing.contractId = contractId;
        existing.invoiceNumber = QStringLiteral("INV-EXISTING");
        QVERIFY(InvoiceService(ctx).create(existing));

        Error error;
        if (type == QLatin1String("company")) {
            Company company;
            company.name = QStringLiteral("Fresh Name");
            QVERIFY(RecordFields::apply(Company::fields(), company, {{field, value}}));
            auto result = CompanyService(ctx).create(company);
            QVERIFY(!result);
            error = result.error();
        } else if (type == QLatin1String("contact")) {
            Contact contact;
            contact.companyId = companyId;
            contact.name = QStringLiteral("Anna");
            QVERIFY(RecordFields::apply(Contact::fields(), contact, {{field, value}}));
            auto result = ContactService(ctx).create(contact);
            QVERIFY(!result);
            error = result.error();
        } else if (type == QLatin1String("contract")) {
            Contract contract;
            contract.companyId = companyId;
            contract.contractNumber = QStringLiteral("C-NEW");
            contract.startDate = QDate(2026, 1, 1);
            contract.endDate = QDate(2026, 12, 31);
            if (field == QLatin1String("monthly_value")) {
                contract.monthlyValueMinor = value.toLongLong() * 100;
            } else {
                QVERIFY(RecordFields::apply(Contract::fields(), contract, {{field, value}}));
            }
            auto result = ContractService(ctx).create(contract);
            QVERIFY(!result);
            error = result.error();
        } else {
            Invoice invoice;
            invoice.contractId = contractId;
            invoice.invoiceNumber = QStringLiteral("INV-NEW");
            invoice.issueDate = QDate(2026, 2, 1);
            invoice.dueDate = QDate(2026, 3, 1);
            if (field == QLatin1String("amount")) {
                invoice.amountMinor = value.toLongLong() * 100;
            } else {
                QVERIFY(RecordFields::apply(Invoice::fields(), invoice, {{field, value}}));
            }
            auto result = InvoiceService(ctx).create(invoice);
            QVERIFY(!result);
            error = result.error();
        }
        QCOMPARE(error.field, expectedField);
        QVERIFY(!error.message.isEmpty());
    }

    void fieldParsingNamesTheField()
    {
        Contract contract;
        auto bad = RecordFields::apply(Contract::fields(), contract,
                                       {{QStringLiteral("end-date"), QStringLiteral("31/12/2026")}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("end_date"));
        auto unknown = RecordFields::apply(Contract::fields(), contract,
                                           {{QStringLiteral("colour"), QStringLiteral("red")}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("colour"));
        QVERIFY(RecordFields::apply(Contract::fields(), contract,
                                    {{QStringLiteral("--contract-number"), QStringLiteral("X-1")},
                                     {QStringLiteral("company"), QStringLiteral("7")}}));
        QCOMPARE(contract.contractNumber, QStringLiteral("X-1"));
        QCOMPARE(contract.companyId, qint64(7));
    }

    void derivedValues()
    {
        // 2026-03-02 02:00 UTC is 09:00 in Bangkok, so "today" in the office is 2 March.
        TestDatabase db;
        QVERIFY(db.ok());
        const auto ctx = db.context();
        const qint64 companyId = makeCompany(ctx, QStringLiteral("Derived Co"));
        const qint64 contractId = makeContract(ctx, companyId, QStringLiteral("C-1"), QDate(2026, 4, 1));
        auto contract = ContractService(ctx).get(contractId);
        QVERIFY(contract);
        QCOMPARE(contract->daysUntilExpiry.value_or(-999), qint64(30));

        Invoice late;
        late.contractId = contractId;
        late.invoiceNumber = QStringLiteral("INV-LATE");
        late.issueDate = QDate(2026, 1, 1);
        late.dueDate = QDate(2026, 3, 1);
        late.status = QStringLiteral("sent");
        Invoice paid = late;
        paid.invoiceNumber = QStringLiteral("INV-PAID");
        paid.status = QStringLiteral("paid");
        Invoice dueToday = late;
        dueToday.invoiceNumber = QStringLiteral("INV-TODAY");
        dueToday.dueDate = QDate(2026, 3, 2);
        InvoiceService invoices(ctx);
        QVERIFY(invoices.create(late));
        QVERIFY(invoices.create(paid));
        QVERIFY(invoices.create(dueToday));
        ListQuery overdue;
        overdue.overdueOnly = true;
        auto list = invoices.list(overdue);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().invoiceNumber, QStringLiteral("INV-LATE"));
        QCOMPARE(list->first().effectiveStatus(), QStringLiteral("overdue"));
    }

    void listFiltersRunInSql()
    {
        TestDatabase db;
        QVERIFY(db.ok());
        const auto ctx = db.context();
        const qint64 a = makeCompany(ctx, QStringLiteral("Alpha Hotel"));
        const qint64 b = makeCompany(ctx, QStringLiteral("Beta Spa"));
        Company inactive;
        inactive.name = QStringLiteral("Gamma 100% Cafe");
        inactive.isActive = false;
        QVERIFY(CompanyService(ctx).create(inactive));
        makeContract(ctx, a, QStringLiteral("C-SOON"), QDate(2026, 3, 20));
        makeContract(ctx, b, QStringLiteral("C-LATER"), QDate(2026, 9, 1));
        makeContract(ctx, b, QStringLiteral("C-DRAFT"), QDate(2026, 3, 10), QStringLiteral("draft"));

        ListQuery search;
        search.search = QStringLiteral("ALPHA");
        QCOMPARE(CompanyService(ctx).list(search)->size(), 1);
        search.search = QStringLiteral("100%");
        QCOMPARE(CompanyService(ctx).list(search)->size(), 1);
        search.search = QStringLiteral("0% c");
        QCOMPARE(CompanyService(ctx).list(search)->size(), 1); // % is literal, not a wildcard
        search.search = QStringLiteral("al");
        QCOMPARE(CompanyService(ctx).list(search)->size(), 1); // a short term: names starting with it
        search.search = QStringLiteral("ha");
        QCOMPARE(CompanyService(ctx).list(search)->size(), 0);
        search.search = QStringLiteral("%");
        QCOMPARE(CompanyService(ctx).list(search)->size(), 0);
        ListQuery active;
        active.activeOnly = true;
        QCOMPARE(CompanyService(ctx).count(active).value(), qint64(2));
        ListQuery expiring;
        expiring.expiringWithinDays = 30;
        auto soon = ContractService(ctx).list(expiring);
        QCOMPARE(soon->size(), 1);
        QCOMPARE(soon->first().contractNumber, QStringLiteral("C-SOON"));
        ListQuery sorted;
        sorted.sortField = QStringLiteral("name");
        sorted.descending = true;
        QCOMPARE(CompanyService(ctx).list(sorted)->first().name, QStringLiteral("Gamma 100% Cafe"));
    }

    void deleteCascadesAndSaysWhat()
    {
        TestDatabase db;
        QVERIFY(db.ok());
        const auto ctx = db.context();
        const qint64 companyId = makeCompany(ctx, QStringLiteral("Cascade Co"));
        Contact contact;
        contact.companyId = companyId;
        contact.name = QStringLiteral("Somchai");
        QVERIFY(ContactService(ctx).create(contact));
        const qint64 contractId =
            makeContract(ctx, companyId, QStringLiteral("C-CASCADE"), QDate(2026, 12, 1));
        Invoice invoice;
        invoice.contractId = contractId;
        invoice.invoiceNumber = QStringLiteral("INV-CASCADE");
        QVERIFY(InvoiceService(ctx).create(invoice));

        auto impact = CompanyService(ctx).deletionImpact(companyId);
        QVERIFY(impact);
        QCOMPARE(impact->dependents.size(), 3);
        QCOMPARE(impact->dependents.at(0).count, qint64(1));
        QVERIFY(impact->describe().contains(QStringLiteral("Cascade Co")));
        QVERIFY(CompanyService(ctx).remove(companyId));
        QCOMPARE(ContactService(ctx).count().value(), qint64(0));
        QCOMPARE(InvoiceService(ctx).count().value(), qint64(0));
    }

    void auditTrailRecordsOldAndNewValues()
    {
        TestDatabase db;
        QVERIFY(db.ok());
        const auto ctx = db.context();
        const qint64 id = makeCompany(ctx, QStringLiteral("Audit Co"));
        auto company = CompanyService(ctx).get(id);
        company->city = QStringLiteral("Phuket");
        QVERIFY(CompanyService(ctx).update(company.value()));
        auto history = AuditLog(ctx).history(QStringLiteral("company"), id);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("create"));
        const AuditEntry& update = history->at(1);
        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.actor, QStringLiteral("cli"));
        QCOMPARE(update.changes.size(), 1);
        QCOMPARE(update.changes.first().field, QStringLiteral("city"));
        QCOMPARE(update.changes.first().oldValue.toString(), QString());
        QCOMPARE(update.changes.first().newValue.toString(), QStringLiteral("Phuket"));
    }

    void permissionsAreCheckedInTheService()
    {
        TestDatabase db;
        QVERIFY(db.ok());
        const qint64 id = makeCompany(db.context(), QStringLiteral("Guarded Co"));
        const Actor sales{7, QStringLiteral("sam"), Role::Sales};
        const Actor support{8, QStringLiteral("tia"), Role::TechSupport};
        auto salesDelete = CompanyService(db.contextAs(sales)).remove(id);
        QVERIFY(!salesDelete);
        QCOMPARE(salesDelete.error().code, ErrorCode::Forbidden);
        Company viewOnly;
        viewOnly.name = QStringLiteral("Not Allowed");
        QVERIFY(!CompanyService(db.contextAs(support)).create(viewOnly));
        QVERIFY(CompanyService(db.contextAs(support)).get(id));
        QVERIFY(CompanyService(db.contextAs(sales)).create(viewOnly));
    }

    void unsubscribingStampsTheTime()
    {
        TestDatabase db;
        QVERIFY(db.ok());
        const auto ctx = db.context();
        Contact contact;
        contact.companyId = makeCompany(ctx, QStringLiteral("Unsub Co"));
        contact.name = QStringLiteral("Wei");
        auto id = ContactService(ctx).create(contact);
        QVERIFY(id);
        QVERIFY(ContactService(ctx).setUnsubscribed(*id, true));
        auto stored = ContactService(ctx).get(*id);
        QVERIFY(stored->unsubscribed);
        QCOMPARE(stored->unsubscribedAt, db.clock().nowUtc());
        QVERIFY(ContactService(ctx).setUnsubscribed(*id, false));
        QVERIFY(!ContactService(ctx).get(*id)->unsubscribedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestRecordServices)
#include "TestRecordServices.moc"
