#pragma once

#include "common/FixedClock.h"
#include "common/ServiceContext.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <memory>

// A fresh database in a temporary directory with a settable clock, plus quick ways to add the
// records sequence and reminder tests need. Records go through the real services.
class SequenceTestData
{
public:
    explicit SequenceTestData(const QDateTime& nowUtc);

    bool ok() const { return m_database != nullptr; }
    QString path() const { return m_path; }
    ServiceContext context() const;
    FixedClock& clock() { return m_clock; }
    std::shared_ptr<Database> database() const { return m_database; }

    void setOfficeTimeZone(const QString& zone);
    void setDailyRunTime(const QString& time);

    qint64 addCompany(const QString& name);
    qint64 addContact(qint64 companyId, const QString& name, const QString& email, bool billing = false,
                      const QString& language = QStringLiteral("en"));
    qint64 addContract(qint64 companyId, const QString& number, const QDate& endDate,
                       const QString& status = QStringLiteral("active"));
    qint64 addInvoice(qint64 contractId, const QString& number, const QDate& dueDate,
                      const QString& status = QStringLiteral("sent"));
    // An email template row (active unless told otherwise).
    qint64 addTemplate(const QString& type, const QString& language, const QString& subject,
                       const QString& html, bool active = true);

    // Rows in the outbox, for checks: dedupe_key → to_address.
    int outboxCount(const QString& whereSql = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::shared_ptr<Database> m_database;
};
