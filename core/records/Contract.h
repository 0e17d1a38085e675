#pragma once

#include "records/RecordField.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

struct Contract
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString contractNumber;
    QDate startDate;
    QDate endDate;
    qint64 monthlyValueMinor = 0;
    QString currency = QStringLiteral("THB");
    QString status = QStringLiteral("draft"); // ContractStatus code
    bool autoRenew = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Derived, never stored: days from `today` (office-local) to the end date; filled on read.
    std::optional<qint64> daysUntilExpiry;

    static std::optional<qint64> daysUntil(const QDate& endDate, const QDate& today);
    static const QList<RecordField<Contract>>& fields();
    static QStringList currencies();
};
