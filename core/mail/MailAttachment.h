#pragma once

#include <QByteArray>
#include <QString>

// A file carried by a mail. Stored with the outbox row, so a retry sends exactly the same bytes.
struct MailAttachment
{
    QString fileName;
    QString contentType; // empty: guessed from the file name
    QByteArray data;
};
