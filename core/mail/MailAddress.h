#pragma once

#include <QString>

// An address with an optional display name ("Somchai Jaidee" <somchai@example.co.th>).
struct MailAddress
{
    QString address;
    QString name;

    bool isEmpty() const { return address.isEmpty(); }
    // A practical check (one @, a dotted domain, no spaces or angle brackets), not full RFC 5322.
    static bool isValidAddress(const QString& address);
    // The domain part, lower-cased; empty when there is none.
    static QString domainOf(const QString& address);
};
