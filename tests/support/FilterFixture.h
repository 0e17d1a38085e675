#pragma once

#include "db/Database.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

// Writes companies, contacts, contracts and invoices straight into a test database, with full
// control over every stored value (timestamps near midnight, empty and NULL dates, odd text), and
// the *_key columns filled as the record services fill them.
class FilterFixture
{
public:
    explicit FilterFixture(const Database& database) : m_database(database) {}

    struct CompanyRow
    {
        QString name;
        QString industry;
        QString country;
        QString city;
        QString notes;
        bool isActive = true;
        QString createdAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    };
    struct ContactRow
    {
        qint64 id = 0; // 0: the database picks it
        qint64 companyId = 0;
        QString name;
        QString email;
        QString title;
        QString department;
        QString contactType = QStringLiteral("other");
        QString language = QStringLiteral("en");
        bool isBillingContact = false;
        bool isActive = true;
        bool unsubscribed = false;
        std::optional<QString> unsubscribedAt; // stored text; nullopt = NULL
        QString createdAt = QStringLiteral("2026-01-01T00:00:00.000Z");
    };

    static CompanyRow companyRow(const QString& name, const QString& industry, const QString& country,
                                 const QString& city)
    {
        CompanyRow row;
        row.name = name;
        row.industry = industry;
        row.country = country;
        row.city = city;
        return row;
    }
    static ContactRow contactRow(qint64 companyId, const QString& name, const QString& email)
    {
        ContactRow row;
        row.companyId = companyId;
        row.name = name;
        row.email = email;
        return row;
    }

    qint64 company(const CompanyRow& row) const;
    qint64 contact(const ContactRow& row) const;
    // endDate: nullopt = NULL.
    qint64 contract(qint64 companyId, const QString& status, const std::optional<QString>& endDate) const;
    qint64 invoice(qint64 contractId, const QString& status, const std::optional<QString>& dueDate) const;

private:
    const Database& m_database;
    mutable int m_sequence = 0;
};
