#include "importexport/ImportService.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "records/Invoice.h"
#include "records/RecordFields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

QString ImportProblem::describe() const
{
    QString text = field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    if (line > 0)
        return QCoreApplication::translate("ImportService", "Line %1: %2").arg(line).arg(text);
    return text;
}

namespace {
// Header text compared loosely: case, spaces, '-', '_' and '.' do not matter.
QString headerKey(const QString& text)
{
    QString key = text.trimmed().toCaseFolded();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char('.'));
    return key;
}

// Headers that other tools and people commonly write for a field (compared with headerKey).
QList<QPair<QString, QStringList>> aliases(DataType type)
{
    const auto list = [](std::initializer_list<const char*> words) {
        QStringList result;
        for (const char* word : words)
            result << QString::fromUtf8(word);
        return result;
    };
    switch (type) {
    case DataType::Companies:
        return {{QStringLiteral("name"), list({"company", "company name", "organisation", "organization",
                                               "account", "account name", "บริษัท", "ชื่อบริษัท"})},
                {QStringLiteral("website"), list({"web", "url", "homepage", "web site", "เว็บไซต์"})},
                {QStringLiteral("payment_terms"), list({"terms"})},
                {QStringLiteral("is_active"), list({"active"})},
                {QStringLiteral("country"), list({"ประเทศ"})},
                {QStringLiteral("city"), list({"town", "เมือง", "จังหวัด"})},
                {QStringLiteral("address"), list({"street", "ที่อยู่"})}};
    case DataType::Contacts:
        return {{QStringLiteral("company_id"),
                 list({"company", "company name", "organisation", "organization", "account", "บริษัท"})},
                {QStringLiteral("name"), list({"contact", "contact name", "full name", "person", "ชื่อ"})},
                {QStringLiteral("email"), list({"e-mail", "mail", "email address", "อีเมล"})},
                {QStringLiteral("phone"), list({"telephone", "tel", "mobile", "phone number", "โทรศัพท์"})},
                {QStringLiteral("title"), list({"job title", "position", "ตำแหน่ง"})},
                {QStringLiteral("department"), list({"dept", "แผนก"})},
                {QStringLiteral("contact_type"), list({"type", "role"})},
                {QStringLiteral("is_billing_contact"), list({"billing contact", "billing"})},
                {QStringLiteral("language"), list({"lang", "ภาษา"})},
                {QStringLiteral("is_active"), list({"active"})}};
    case DataType::Contracts:
        return {{QStringLiteral("company_id"), list({"company", "customer", "company name", "บริษัท"})},
                {QStringLiteral("contract_number"), list({"number", "contract", "contract no", "เลขที่สัญญา"})},
                {QStringLiteral("start_date"), list({"start", "from"})},
                {QStringLiteral("end_date"), list({"end", "until", "to"})},
                {QStringLiteral("monthly_value"), list({"value", "monthly fee", "amount", "fee"})},
                {QStringLiteral("auto_renew"), list({"renew", "autorenewal"})}};
    case DataType::Invoices:
        return {};
    }
    return {};
}

QStringList requiredFields(DataType type)
{
    switch (type) {
    case DataType::Companies:
        return {QStringLiteral("name")};
    case DataType::Contacts:
        return {QStringLiteral("company_id"), QStringLiteral("name")};
    case DataType::Contracts:
        return {QStringLiteral("company_id"), QStringLiteral("contract_number")};
    case DataType::Invoices:
        return {};
    }
    return {};
}

template <typename R> QStringList settableNames(const QList<RecordField<R>>& fields)
{
    QStringList names;
    for (const RecordField<R>& field : fields) {
        if (field.set)
            names << field.name;
    }
    return names;
}

template <typename R> QStringList labelsOf(const QList<RecordField<R>>& fields, const QString& name)
{
    for (const RecordField<R>& field : fields) {
        if (field.name == name)
            return {QString::fromUtf8(field.label), QCoreApplication::translate("RecordField", field.label)};
    }
    return {};
}

QStringList fieldLabels(DataType type, const QString& name)
{
    switch (type) {
    case DataType::Companies:
        return labelsOf(Company::fields(), name);
    case DataType::Contacts:
        return labelsOf(Contact::fields(), name);
    case DataType::Contracts:
        return labelsOf(Contract::fields(), name);
    case DataType::Invoices:
        return labelsOf(Invoice::fields(), name);
    }
    return {};
}

// Every stored column of one row, so an update can be undone exactly (including name_key,
// timestamps and columns no field table exposes).
Result<QVariantMap> storedRow(const QSqlDatabase& db, DataType type, qint64 id)
{
    auto query = SqlRun::exec(
        db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(DataTypes::tableName(type)), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(
            QCoreApplication::translate("ImportService", "Record %1 no longer exists.").arg(id));
    QVariantMap row;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query->value(i));
    return row;
}

QString rowToJson(const QVariantMap& row)
{
    QJsonObject object;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant& value = it.value();
        if (value.isNull())
            object.insert(it.key(), QJsonValue::Null);
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int ||
                 value.typeId() == QMetaType::ULongLong)
            object.insert(it.key(), value.toLongLong());
        else if (value.typeId() == QMetaType::Double)
            object.insert(it.key(), value.toDouble());
        else
            object.insert(it.key(), value.toString());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap rowFromJson(const QString& text)
{
    QVariantMap row;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            row.insert(it.key(), QVariant());
        else if (value.isDouble()) {
            const double number = value.toDouble();
            if (number == static_cast<double>(static_cast<qint64>(number)))
                row.insert(it.key(), static_cast<qint64>(number));
            else
                row.insert(it.key(), number);
        } else
            row.insert(it.key(), value.toString());
    }
    return row;
}

// The stored record a row duplicates, or 0.
Result<qint64> duplicateOf(const QSqlDatabase& db, DataType type, const QVariantMap& key)
{
    QString sql;
    QVariant bind;
    switch (type) {
    case DataType::Companies:
        sql = QStringLiteral("SELECT id FROM companies WHERE name_key = ?");
        bind = key.value(QStringLiteral("name")).toString().trimmed().toCaseFolded();
        break;
    case DataType::Contacts:
        sql = QStringLiteral("SELECT min(id) FROM contacts WHERE email_key = ?");
        bind = key.value(QStringLiteral("email")).toString().trimmed().toCaseFolded();
        break;
    case DataType::Contracts:
        sql = QStringLiteral("SELECT id FROM contracts WHERE contract_number = ?");
        bind = key.value(QStringLiteral("contract_number")).toString().trimmed();
        break;
    case DataType::Invoices:
        return qint64(0);
    }
    if (bind.toString().isEmpty())
        return qint64(0);
    auto found = SqlRun::scalar(db, sql, {bind});
    if (!found)
        return found.error();
    return found->isNull() ? qint64(0) : found->toLongLong();
}

// A company given by id or by name (ignoring case).
Result<qint64> resolveCompany(const QSqlDatabase& db, const QString& text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = SqlRun::scalar(db, QStringLiteral("SELECT id FROM companies WHERE id = ?"), {number});
        if (!byId)
            return byId.error();
        if (!byId->isNull())
            return number;
    }
    auto byName = SqlRun::scalar(db, QStringLiteral("SELECT id FROM companies WHERE name_key = ?"),
                                 {trimmed.toCaseFolded()});
    if (!byName)
        return byName.error();
    if (byName->isNull())
        return Error::invalid(
            QStringLiteral("company_id"),
            QCoreApplication::translate("ImportService",
                                        "There is no company called \"%1\"; import the companies first.")
                .arg(trimmed));
    return byName->toLongLong();
}

bool isFatal(const Error& error)
{
    return error.code == ErrorCode::Database || error.code == ErrorCode::Io;
}

struct JournalEntry
{
    int line = 0;
    QString action; // created | updated
    qint64 recordId = 0;
    QString beforeState;
};

template <typename R, typename Service>
Status processRows(const ServiceContext& context, const ImportRequest& request, ImportReport& report,
                   QList<JournalEntry>& journal)
{
    const QSqlDatabase db = context.db().connection();
    const Service service(context);
    for (const CsvDocument::Row& row : request.document.rows) {
        ++report.rows;
        const auto problem = [&](const Error& error) {
            report.problems.append({row.line, error.field, error.message});
        };
        QMap<QString, QString> values;
        for (int column = 0; column < request.mapping.size(); ++column) {
            const QString& field = request.mapping.at(column);
            const QString cell = row.cells.value(column).trimmed();
            if (!field.isEmpty() && !cell.isEmpty())
                values.insert(field, cell);
        }
        if (values.contains(QStringLiteral("company_id"))) {
            auto company = resolveCompany(db, values.value(QStringLiteral("company_id")));
            if (!company) {
                if (isFatal(company.error()))
                    return company.error();
                problem(company.error());
                continue;
            }
            values.insert(QStringLiteral("company_id"), QString::number(company.value()));
        }
        R record;
        if (auto applied = RecordFields::apply(R::fields(), record, values); !applied) {
            problem(applied.error());
            continue;
        }
        QVariantMap key;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            key.insert(it.key(), it.value());
        auto duplicate = duplicateOf(db, request.type, key);
        if (!duplicate)
            return duplicate.error();
        if (duplicate.value() != 0) {
            report.duplicateLines << row.line;
            if (request.duplicates == DuplicatePolicy::Skip) {
                ++report.skipped;
                continue;
            }
            auto existing = service.get(duplicate.value());
            if (!existing)
                return existing.error();
            if (auto applied = RecordFields::apply(R::fields(), existing.value(), values); !applied) {
                problem(applied.error());
                continue;
            }
            auto before = storedRow(db, request.type, duplicate.value());
            if (!before)
                return before.error();
            if (auto updated = service.update(existing.value()); !updated) {
                if (isFatal(updated.error()))
                    return updated.error();
                problem(updated.error());
                continue;
            }
            ++report.updated;
            journal.append(
                {row.line, QStringLiteral("updated"), duplicate.value(), rowToJson(before.value())});
        } else {
            auto created = service.create(record);
            if (!created) {
                if (isFatal(created.error()))
                    return created.error();
                problem(created.error());
                continue;
            }
            ++report.created;
            journal.append({row.line, QStringLiteral("created"), created.value(), {}});
        }
    }
    return Status::success();
}
} // namespace

ImportService::ImportService(ServiceContext context) : m_context(std::move(context)) {}

QStringList ImportService::mappableFields(DataType type)
{
    switch (type) {
    case DataType::Companies:
        return settableNames(Company::fields());
    case DataType::Contacts:
        return settableNames(Contact::fields());
    case DataType::Contracts:
        return settableNames(Contract::fields());
    case DataType::Invoices:
        return {};
    }
    return {};
}

QStringList ImportService::guessMapping(DataType type, const QStringList& headers)
{
    const QStringList fields = mappableFields(type);
    const auto aliasList = aliases(type);
    QStringList mapping;
    for (const QString& header : headers) {
        const QString key = headerKey(header);
        QString match;
        for (const QString& field : fields) {
            QStringList candidates = fieldLabels(type, field);
            candidates << field;
            if (field.endsWith(QLatin1String("_id")))
                candidates << field.chopped(3);
            for (const auto& [aliasField, words] : aliasList) {
                if (aliasField == field)
                    candidates << words;
            }
            for (const QString& candidate : std::as_const(candidates)) {
                if (!key.isEmpty() && headerKey(candidate) == key) {
                    match = field;
                    break;
                }
            }
            if (!match.isEmpty())
                break;
        }
        mapping << (mapping.contains(match) ? QString() : match);
    }
    return mapping;
}

Result<ImportReport> ImportService::check(const ImportRequest& request) const
{
    return process(request, false);
}

Result<ImportReport> ImportService::run(const ImportRequest& request) const
{
    return process(request, true);
}

Result<ImportReport> ImportService::process(const ImportRequest& request, bool write) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::EditRecords); !allowed)
        return allowed.error();
    if (!DataTypes::importable(request.type))
        return Error::usage(QCoreApplication::translate("ImportService", "%1 cannot be imported.")
                                .arg(DataTypes::code(request.type)));

    ImportReport report;
    // The mapping itself: known fields, each at most once, the required ones present.
    const QStringList fields = mappableFields(request.type);
    QStringList seen;
    for (const QString& field : request.mapping) {
        if (field.isEmpty())
            continue;
        if (!fields.contains(field))
            report.problems.append({0, field,
                                    QCoreApplication::translate(
                                        "ImportService", "There is no field called \"%1\" to import into.")
                                        .arg(field)});
        else if (seen.contains(field))
            report.problems.append(
                {0, field,
                 QCoreApplication::translate("ImportService",
                                             "Two columns are mapped to %1; map one and ignore the other.")
                     .arg(DataTypes::fieldLabel(request.type, field))});
        seen << field;
    }
    for (const QString& field : requiredFields(request.type)) {
        if (!seen.contains(field))
            report.problems.append(
                {0, field,
                 QCoreApplication::translate("ImportService", "Map a column to %1; it is required.")
                     .arg(DataTypes::fieldLabel(request.type, field))});
    }
    if (request.document.rows.isEmpty())
        report.problems.append(
            {0, {}, QCoreApplication::translate("ImportService", "The file has no rows to import.")});
    if (!report.ok())
        return report;

    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    QList<JournalEntry> journal;
    Status processed = Status::success();
    switch (request.type) {
    case DataType::Companies:
        processed = processRows<Company, CompanyService>(m_context, request, report, journal);
        break;
    case DataType::Contacts:
        processed = processRows<Contact, ContactService>(m_context, request, report, journal);
        break;
    case DataType::Contracts:
        processed = processRows<Contract, ContractService>(m_context, request, report, journal);
        break;
    case DataType::Invoices:
        break;
    }
    if (!processed)
        return processed.error();
    if (!write || !report.ok()) {
        transaction.rollback();
        return report;
    }

    const QSqlDatabase db = transaction.connection();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    auto runId = SqlRun::scalar(
        db,
        QStringLiteral(
            "INSERT INTO import_runs (record_type, source_name, actor, created_count, updated_count, "
            "skipped_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {DataTypes::code(request.type), request.sourceName, m_context.actor.username, report.created,
         report.updated, report.skipped, now});
    if (!runId)
        return runId.error();
    for (const JournalEntry& entry : std::as_const(journal)) {
        auto after = storedRow(db, request.type, entry.recordId);
        if (!after)
            return after.error();
        auto stored = SqlRun::exec(
            db,
            QStringLiteral("INSERT INTO import_journal (import_id, line, action, record_id, before_state, "
                           "after_updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {runId->toLongLong(), entry.line, entry.action, entry.recordId,
             SqlRun::nullIfEmpty(entry.beforeState), after->value(QStringLiteral("updated_at")).toString()});
        if (!stored)
            return stored.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    report.importId = runId->toLongLong();
    return report;
}

namespace {
const QString kRunColumns = QStringLiteral("id, record_type, source_name, actor, created_count, "
                                           "updated_count, skipped_count, imported_at, undone_at");

ImportRun runFromRow(const QSqlQuery& q)
{
    ImportRun run;
    run.id = q.value(0).toLongLong();
    run.type = DataTypes::fromCode(q.value(1).toString()).value_or(DataType::Companies);
    run.sourceName = q.value(2).toString();
    run.actor = q.value(3).toString();
    run.created = q.value(4).toInt();
    run.updated = q.value(5).toInt();
    run.skipped = q.value(6).toInt();
    run.importedAt = TimeFormat::fromStoredTimestamp(q.value(7).toString());
    if (!q.value(8).isNull())
        run.undoneAt = TimeFormat::fromStoredTimestamp(q.value(8).toString());
    return run;
}
} // namespace

Result<QList<ImportRun>> ImportService::history(int limit) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto rows = SqlRun::exec(m_context.db().connection(),
                             QStringLiteral("SELECT ") + kRunColumns +
                                 QStringLiteral(" FROM import_runs ORDER BY id DESC LIMIT ?"),
                             {limit});
    if (!rows)
        return rows.error();
    QList<ImportRun> runs;
    while (rows->next())
        runs << runFromRow(rows.value());
    return runs;
}

Result<std::optional<ImportRun>> ImportService::lastUndoable() const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    // Imports are undone newest first, like an undo stack.
    auto rows = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kRunColumns +
            QStringLiteral(" FROM import_runs WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"));
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<ImportRun>();
    return std::optional<ImportRun>(runFromRow(rows.value()));
}

Status ImportService::undo(qint64 importId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::EditRecords); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    const QSqlDatabase db = transaction.connection();
    auto runRow = SqlRun::exec(
        db, QStringLiteral("SELECT ") + kRunColumns + QStringLiteral(" FROM import_runs WHERE id = ?"),
        {importId});
    if (!runRow)
        return runRow.error();
    if (!runRow->next())
        return Error::notFound(
            QCoreApplication::translate("ImportService", "There is no import with id %1.").arg(importId));
    const ImportRun run = runFromRow(runRow.value());
    if (run.undoneAt.isValid())
        return Error::conflict(
            QStringLiteral("import"),
            QCoreApplication::translate("ImportService", "Import %1 has already been undone.").arg(importId));
    auto later = SqlRun::scalar(
        db, QStringLiteral("SELECT count(*) FROM import_runs WHERE id > ? AND undone_at IS NULL"),
        {importId});
    if (!later)
        return later.error();
    if (later->toLongLong() > 0)
        return Error::conflict(
            QStringLiteral("import"),
            QCoreApplication::translate("ImportService",
                                        "A later import is still in place; undo that one first."));

    const QString table = DataTypes::tableName(run.type);
    const QString entity = DataTypes::entityName(run.type);
    auto entries =
        SqlRun::exec(db,
                     QStringLiteral("SELECT line, action, record_id, before_state, after_updated_at "
                                    "FROM import_journal WHERE import_id = ? ORDER BY id DESC"),
                     {importId});
    if (!entries)
        return entries.error();
    struct Entry
    {
        int line;
        QString action;
        qint64 id;
        QString before;
        QString afterUpdatedAt;
    };
    QList<Entry> list;
    while (entries->next())
        list.append({entries->value(0).toInt(), entries->value(1).toString(), entries->value(2).toLongLong(),
                     entries->value(3).toString(), entries->value(4).toString()});

    const AuditLog audit(m_context);
    QSet<qint64>
        checked; // a record created and then updated by one import is checked once, at its newest entry
    for (const Entry& entry : std::as_const(list)) {
        auto current = storedRow(db, run.type, entry.id);
        if (!current) {
            if (current.error().code == ErrorCode::NotFound)
                return Error::conflict(QStringLiteral("import"),
                                       QCoreApplication::translate(
                                           "ImportService",
                                           "The %1 imported from line %2 has been deleted since; the import "
                                           "can no longer be undone.")
                                           .arg(entity)
                                           .arg(entry.line));
            return current.error();
        }
        if (!checked.contains(entry.id) &&
            current->value(QStringLiteral("updated_at")).toString() != entry.afterUpdatedAt)
            return Error::conflict(
                QStringLiteral("import"),
                QCoreApplication::translate(
                    "ImportService",
                    "The %1 imported from line %2 has been changed since; undoing the import "
                    "would lose that change.")
                    .arg(entity)
                    .arg(entry.line));
        checked.insert(entry.id);
        if (entry.action == QLatin1String("created")) {
            if (run.type == DataType::Companies) {
                auto dependents = SqlRun::scalar(
                    db,
                    QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE company_id = ?) + "
                                   "(SELECT count(*) FROM contracts WHERE company_id = ?)"),
                    {entry.id, entry.id});
                if (!dependents)
                    return dependents.error();
                if (dependents->toLongLong() > 0)
                    return Error::conflict(
                        QStringLiteral("import"),
                        QCoreApplication::translate(
                            "ImportService",
                            "The company imported from line %1 now has contacts or contracts; the import can "
                            "no longer be undone.")
                            .arg(entry.line));
            }
            auto deleted =
                SqlRun::exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {entry.id});
            if (!deleted)
                return deleted.error();
            if (auto audited = audit.recordDelete(entity, entry.id, current.value()); !audited)
                return audited;
        } else {
            const QVariantMap before = rowFromJson(entry.before);
            // Column names come from the live row, never from the stored text.
            QStringList assignments;
            QVariantList binds;
            for (auto it = current->cbegin(); it != current->cend(); ++it) {
                if (it.key() == QLatin1String("id") || !before.contains(it.key()))
                    continue;
                assignments << it.key() + QStringLiteral(" = ?");
                binds << before.value(it.key());
            }
            binds << entry.id;
            auto restored = SqlRun::exec(db,
                                         QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                             .arg(table, assignments.join(QStringLiteral(", "))),
                                         binds);
            if (!restored)
                return restored.error();
            if (auto audited = audit.recordUpdate(entity, entry.id, current.value(), before); !audited)
                return audited;
        }
    }
    auto marked = SqlRun::exec(db, QStringLiteral("UPDATE import_runs SET undone_at = ? WHERE id = ?"),
                               {TimeFormat::toStoredTimestamp(m_context.now()), importId});
    if (!marked)
        return marked.error();
    return transaction.commit();
}
