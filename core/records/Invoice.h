#pragma once

#include "records/RecordField.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

struct Invoice
{
    qint64 id = 0;
    qint64 contractId = 0;
    QString invoiceNumber;
    QDate issueDate;
    QDate dueDate;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("THB");
    QString status = QStringLiteral("draft"); // InvoiceStatus code as stored
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Derived on read: past its due date and neither paid nor cancelled.
    bool isOverdue = false;

    static bool overdueOn(const QDate& dueDate, const QString& storedStatus, const QDate& today);
    // The status to show: "overdue" when derived so, the stored status otherwise.
    QString effectiveStatus() const { return isOverdue ? QStringLiteral("overdue") : status; }
    static const QList<RecordField<Invoice>>& fields();
};
