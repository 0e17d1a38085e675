#pragma once

#include "filters/FilterEntity.h"
#include "filters/FilterFieldType.h"

#include <QString>
#include <QStringList>

// Where a field's value comes from. The SQL compiler and the in-memory evaluator each handle every
// source, so adding a field of an existing source needs only a catalogue row.
enum class FilterSource
{
    ContactColumn,       // a column of the contact row (SQL alias c)
    CompanyColumn,       // a column of the company row (alias co): the company itself, or a contact's company
    ContactCount,        // how many contacts the company has
    ActiveContractCount, // how many of the company's contracts have status active
    OverdueInvoiceCount, // how many of the company's invoices are overdue (Invoice::overdueOn)
    ActiveContractEndDates, // the end dates of the company's active contracts: a set of dates
};

// How a text field ignores case. Columns with a stored case-folded *_key twin compare folded text on
// both sides for every script; other columns compare the database's lower() of the column with the
// folded value (ASCII letters only on SQLite; Thai has no letter case, so Thai compares exactly).
enum class FilterTextFold
{
    KeyColumn,
    LowerColumn
};

// Date fields are stored either as YYYY-MM-DD or as ISO-8601 UTC timestamps; a timestamp's date is
// its date in the office time zone.
enum class FilterDateStorage
{
    Date,
    Timestamp
};

struct FilterField
{
    FilterEntity entity = FilterEntity::Contact; // the entity a filter must select to use this field
    QString name;                                // as written in filters: "email", "company.country"
    FilterFieldType type = FilterFieldType::Text;
    FilterSource source = FilterSource::ContactColumn;
    QString column;               // SQL column for the *Column sources: the only place identifiers come from
    QString recordField;          // the Contact / Company RecordField the evaluator reads
    const char* label = "";       // English; translated with the "FilterField" context
    const char* description = ""; // optional longer explanation (tooltip); same context
    FilterTextFold fold = FilterTextFold::LowerColumn;
    FilterDateStorage dateStorage = FilterDateStorage::Date;
    bool nullable = false;
    QStringList (*enumCodes)() = nullptr;
    QString (*enumLabel)(const QString& code) = nullptr;

    // Whether the value belongs to the company (of a contact), which needs the company row or id.
    bool isCompanyField() const { return source != FilterSource::ContactColumn; }
    // Translated; "Company: Country" for a contact's company field.
    QString displayLabel() const;
    QString displayDescription() const;
    // The translated label of one of the field's enumeration codes (the code itself if unknown).
    QString enumValueLabel(const QString& code) const;
};
