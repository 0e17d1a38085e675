#include "cli/RecordCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "db/Database.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "records/DemoDataGenerator.h"
#include "records/InvoiceService.h"
#include "records/RecordFields.h"
#include "templates/StarterTemplates.h"

namespace {
// The options `list` understands besides the global ones.
ListQuery listQueryFrom(CliContext& cli, Result<void>& status)
{
    ListQuery query;
    query.search = cli.option(QStringLiteral("search"));
    query.activeOnly = cli.flag(QStringLiteral("active_only"));
    query.overdueOnly = cli.flag(QStringLiteral("overdue"));
    query.status = cli.option(QStringLiteral("status"));
    query.sortField = cli.option(QStringLiteral("sort"));
    query.descending = cli.flag(QStringLiteral("desc"));
    const auto number = [&](const QString& name, qint64& target) {
        if (!cli.hasOption(name))
            return;
        bool ok = false;
        target = cli.option(name).toLongLong(&ok);
        if (!ok)
            status = Error::invalid(
                name,
                QCoreApplication::translate("RecordCommands", "--%1 must be a whole number.").arg(name));
    };
    qint64 company = 0, contract = 0, limit = -1, expiring = -1;
    number(QStringLiteral("company"), company);
    number(QStringLiteral("contract"), contract);
    number(QStringLiteral("limit"), limit);
    number(QStringLiteral("expiring_within"), expiring);
    query.companyId = company;
    query.contractId = contract;
    query.limit = static_cast<int>(limit);
    if (expiring >= 0)
        query.expiringWithinDays = static_cast<int>(expiring);
    return query;
}

// Binds a record type to its service so that list/add/set/delete are written once.
template <typename R, typename Service> struct RecordKind
{
    static int list(CliContext& cli)
    {
        auto context = cli.services();
        if (!context)
            return cli.fail(context.error());
        Status status;
        const ListQuery query = listQueryFrom(cli, status);
        if (!status)
            return cli.fail(status.error());
        auto records = Service(context.value()).list(query);
        if (!records)
            return cli.fail(records.error());
        cli.print(CliTable::fromRecords(R::fields(), records.value()));
        return ExitCode::Success;
    }

    static int add(CliContext& cli)
    {
        auto context = cli.services();
        if (!context)
            return cli.fail(context.error());
        R record;
        if (auto applied = RecordFields::apply(R::fields(), record, cli.fieldOptions()); !applied)
            return cli.fail(applied.error());
        auto id = Service(context.value()).create(record);
        if (!id)
            return cli.fail(id.error());
        cli.out() << id.value() << '\n';
        return ExitCode::Success;
    }

    static int set(CliContext& cli, const QString& idText)
    {
        auto context = cli.services();
        if (!context)
            return cli.fail(context.error());
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (!ok)
            return cli.fail(Error::invalid(
                QStringLiteral("id"),
                QCoreApplication::translate("RecordCommands", "\"%1\" is not a record id.").arg(idText)));
        Service service(context.value());
        auto record = service.get(id);
        if (!record)
            return cli.fail(record.error());
        const QMap<QString, QString> fields = cli.fieldOptions();
        if (fields.isEmpty())
            return cli.usageError(QCoreApplication::translate(
                "RecordCommands", "Name at least one field to change, e.g. --name \"New name\"."));
        if (auto applied = RecordFields::apply(R::fields(), record.value(), fields); !applied)
            return cli.fail(applied.error());
        if (auto updated = service.update(record.value()); !updated)
            return cli.fail(updated.error());
        cli.out() << id << '\n';
        return ExitCode::Success;
    }

    static int remove(CliContext& cli, const QString& idText)
    {
        auto context = cli.services();
        if (!context)
            return cli.fail(context.error());
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (!ok)
            return cli.fail(Error::invalid(
                QStringLiteral("id"),
                QCoreApplication::translate("RecordCommands", "\"%1\" is not a record id.").arg(idText)));
        Service service(context.value());
        auto impact = service.deletionImpact(id);
        if (!impact)
            return cli.fail(impact.error());
        if (auto removed = service.remove(id); !removed)
            return cli.fail(removed.error());
        cli.err() << QCoreApplication::translate("RecordCommands", "Deleted %1.").arg(impact->summary())
                  << '\n';
        return ExitCode::Success;
    }
};

using Companies = RecordKind<Company, CompanyService>;
using Contacts = RecordKind<Contact, ContactService>;
using Contracts = RecordKind<Contract, ContractService>;
using Invoices = RecordKind<Invoice, InvoiceService>;

// "companies" / "company" → the handler set for that record type.
template <typename Fn> int dispatch(CliContext& cli, const QString& type, Fn&& fn)
{
    const QString t = type.toLower();
    if (t == QLatin1String("companies") || t == QLatin1String("company"))
        return fn(Companies{});
    if (t == QLatin1String("contacts") || t == QLatin1String("contact"))
        return fn(Contacts{});
    if (t == QLatin1String("contracts") || t == QLatin1String("contract"))
        return fn(Contracts{});
    if (t == QLatin1String("invoices") || t == QLatin1String("invoice"))
        return fn(Invoices{});
    return cli.usageError(
        QCoreApplication::translate(
            "RecordCommands", "Unknown record type \"%1\"; use companies, contacts, contracts or invoices.")
            .arg(type));
}

int runInit(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    // The shipped starter templates (English and Thai, every renewal, payment and ticket-update
    // type) go in inactive, for an admin to review and activate; a second init adds nothing.
    if (auto installed = installStarterTemplates(context.value()); !installed)
        return cli.fail(installed.error());
    cli.out() << context->db().location() << '\n';
    return ExitCode::Success;
}

int runDemo(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    DemoDataGenerator::Options options;
    const auto number = [&](const QString& name, int& target, int minimum, int maximum) -> Status {
        if (!cli.hasOption(name))
            return Status::success();
        bool ok = false;
        const int value = cli.option(name).toInt(&ok);
        if (!ok || value < minimum || value > maximum)
            return Error::invalid(name, QCoreApplication::translate(
                                            "RecordCommands", "--%1 must be a whole number from %2 to %3.")
                                            .arg(name)
                                            .arg(minimum)
                                            .arg(maximum));
        target = value;
        return Status::success();
    };
    for (const auto& status :
         {number(QStringLiteral("companies"), options.companies, 1, 2000000),
          number(QStringLiteral("contacts_per_company"), options.contactsPerCompany, 0, 1000),
          number(QStringLiteral("seed"), options.seed, 0, 2147483647)}) {
        if (!status)
            return cli.fail(status.error());
    }
    auto summary = DemoDataGenerator(context.value()).generate(options);
    if (!summary)
        return cli.fail(summary.error());
    cli.out() << QCoreApplication::translate(
                     "RecordCommands", "Created %1 companies, %2 contacts, %3 contracts and %4 invoices.")
                     .arg(summary->companies)
                     .arg(summary->contacts)
                     .arg(summary->contracts)
                     .arg(summary->invoices)
              << '\n';
    return ExitCode::Success;
}
} // namespace

void registerRecordCommands(CliRegistry& registry)
{
    registry.add(
        {{QStringLiteral("init")},
         QStringLiteral("init"),
         QCoreApplication::translate("RecordCommands",
                                     "Create the database (or bring it up to date) and print its location."),
         {},
         runInit});
    registry.add(
        {{QStringLiteral("demo")},
         QStringLiteral("demo [--companies N] [--contacts-per-company M] [--seed S]"),
         QCoreApplication::translate(
             "RecordCommands", "Fill the database with realistic demo data (deterministic for a seed)."),
         {},
         runDemo});
    registry.add(
        {{QStringLiteral("list")},
         QStringLiteral(
             "list companies|contacts|contracts|invoices [--search T] [--active-only] [--company ID] "
             "[--contract ID] [--status S] [--expiring-within DAYS] [--overdue] [--sort FIELD] [--desc] "
             "[--limit N]"),
         QCoreApplication::translate("RecordCommands", "List records in the chosen --format."),
         {QStringLiteral("active_only"), QStringLiteral("overdue"), QStringLiteral("desc")},
         [](CliContext& cli) {
             if (cli.args().size() != 1)
                 return cli.usageError(QCoreApplication::translate(
                     "RecordCommands", "Say what to list, e.g. rapport-cli list companies."));
             return dispatch(cli, cli.arg(0), [&](auto kind) { return decltype(kind)::list(cli); });
         }});
    registry.add(
        {{QStringLiteral("add")},
         QStringLiteral("add company|contact|contract|invoice --FIELD VALUE …"),
         QCoreApplication::translate(
             "RecordCommands", "Create a record from field options (names as in the spec); prints its id."),
         {},
         [](CliContext& cli) {
             if (cli.args().size() != 1)
                 return cli.usageError(QCoreApplication::translate(
                     "RecordCommands",
                     "Say what to add, e.g. rapport-cli add company --name \"Siam Hotel\"."));
             return dispatch(cli, cli.arg(0), [&](auto kind) { return decltype(kind)::add(cli); });
         }});
    registry.add({{QStringLiteral("set")},
                  QStringLiteral("set company|contact|contract|invoice ID --FIELD VALUE …"),
                  QCoreApplication::translate("RecordCommands", "Change fields of a record."),
                  {},
                  [](CliContext& cli) {
                      if (cli.args().size() != 2)
                          return cli.usageError(QCoreApplication::translate(
                              "RecordCommands",
                              "Say what to change, e.g. rapport-cli set company 12 --city Bangkok."));
                      return dispatch(cli, cli.arg(0),
                                      [&](auto kind) { return decltype(kind)::set(cli, cli.arg(1)); });
                  }});
    registry.add(
        {{QStringLiteral("delete")},
         QStringLiteral("delete company|contact|contract|invoice ID"),
         QCoreApplication::translate(
             "RecordCommands",
             "Delete a record and what belongs to it (a company's contacts, contracts and invoices)."),
         {},
         [](CliContext& cli) {
             if (cli.args().size() != 2)
                 return cli.usageError(QCoreApplication::translate(
                     "RecordCommands", "Say what to delete, e.g. rapport-cli delete contact 42."));
             return dispatch(cli, cli.arg(0),
                             [&](auto kind) { return decltype(kind)::remove(cli, cli.arg(1)); });
         }});
}
