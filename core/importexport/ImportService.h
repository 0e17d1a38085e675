#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "importexport/ImportTypes.h"

#include <QCoreApplication>
#include <optional>

// CSV import of companies, contacts and contracts.
//
// Every row is validated by really attempting it, through the record services, inside one
// write transaction: that way the services' own rules (required fields, formats, unique names
// and numbers, references) apply unchanged, and rows that depend on earlier rows of the same file
// (a company named twice) are judged as they would be stored. A check rolls the transaction back;
// an import commits it only when no row has a problem — all or nothing — together with a journal
// of what it created and what each updated record looked like before, so it can be undone.
//
// Duplicates: companies by name ignoring case, contacts by email ignoring case, contracts by
// contract number. Empty cells never overwrite stored values and leave defaults on new records.
// A contact's or contract's company may be given by id or by the company's name.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(ServiceContext context);

    // The fields a column may be mapped to (the settable ones).
    static QStringList mappableFields(DataType type);
    // A field for each header, recognised by field name, English or translated label or a common
    // alias ("E-mail", "Company name"); empty where nothing fits or the field is already taken.
    static QStringList guessMapping(DataType type, const QStringList& headers);

    // Validates every row without writing anything.
    Result<ImportReport> check(const ImportRequest& request) const;
    // Imports all rows in one transaction, or none when any row has a problem (the report then
    // lists every problem and importId stays 0). An Error means the import could not run at all.
    Result<ImportReport> run(const ImportRequest& request) const;

    Result<QList<ImportRun>> history(int limit = 20) const;
    // The newest import that has not been undone, if any.
    Result<std::optional<ImportRun>> lastUndoable() const;
    // Puts every record the import touched back exactly as it was: created records are deleted,
    // updated ones get every stored column back. Refused when a later import is still in place or
    // a record was changed or deleted since (undoing would lose that work).
    Status undo(qint64 importId) const;

private:
    Result<ImportReport> process(const ImportRequest& request, bool write) const;

    ServiceContext m_context;
};
