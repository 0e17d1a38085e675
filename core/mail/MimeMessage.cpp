#include "mail/MimeMessage.h"

#include "mail/MimeEncoding.h"
#include "templates/HtmlToText.h"

#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QUuid>

namespace {
QByteArray newBoundary()
{
    // "=_" cannot occur in quoted-printable or base64 output, so the boundary never collides.
    return QByteArrayLiteral("=_rapport_") +
           QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
           QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QByteArray textPart(const QByteArray& subtype, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray part = "Content-Type: text/" + subtype + "; charset=UTF-8\r\n";
    if (MimeEncoding::prefersQuotedPrintable(utf8))
        part += "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + MimeEncoding::quotedPrintable(utf8);
    else
        part += "Content-Transfer-Encoding: base64\r\n\r\n" + MimeEncoding::base64Lines(utf8);
    return part + "\r\n";
}

QByteArray attachmentPart(const MailAttachment& attachment)
{
    QString type = attachment.contentType;
    if (type.isEmpty()) {
        static const QMimeDatabase mimeTypes;
        type = mimeTypes.mimeTypeForFile(attachment.fileName, QMimeDatabase::MatchExtension).name();
    }
    const QString fileName =
        attachment.fileName.isEmpty() ? QStringLiteral("attachment") : attachment.fileName;
    QByteArray part =
        "Content-Type: " + type.toLatin1() + "; " + MimeEncoding::parameter("name", fileName) + "\r\n";
    part += "Content-Transfer-Encoding: base64\r\n";
    part += "Content-Disposition: attachment; " + MimeEncoding::parameter("filename", fileName) + "\r\n\r\n";
    return part + MimeEncoding::base64Lines(attachment.data) + "\r\n";
}

QByteArray multipart(const QByteArray& subtype, const QList<QByteArray>& parts)
{
    const QByteArray boundary = newBoundary();
    QByteArray out = "Content-Type: multipart/" + subtype + ";\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    for (const QByteArray& part : parts)
        out += "--" + boundary + "\r\n" + part;
    return out + "--" + boundary + "--\r\n";
}
} // namespace

QString MimeMessage::newMessageId(const QString& domain)
{
    const QString host = domain.isEmpty() ? QStringLiteral("rapport.invalid") : domain;
    return QLatin1Char('<') + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') +
           QString::fromLatin1(MimeEncoding::encodeAddress(QStringLiteral("x@") + host).mid(2)) +
           QLatin1Char('>');
}

QByteArray MimeMessage::toBytes() const
{
    QByteArray out;
    out += MimeEncoding::addressField("From", {from});
    out += MimeEncoding::addressField("To", {to});
    if (!replyTo.isEmpty())
        out += MimeEncoding::addressField("Reply-To", {replyTo});
    out += MimeEncoding::unstructuredField("Subject", subject);
    out +=
        "Date: " + MimeEncoding::formatDate(date.isValid() ? date : QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "Message-ID: " + messageId.toLatin1() + "\r\n";
    if (!listUnsubscribe.isEmpty()) {
        QList<QByteArray> targets;
        bool https = false;
        for (const QString& target : listUnsubscribe) {
            targets << '<' + target.toLatin1() + '>';
            https = https || target.startsWith(QLatin1String("https:"));
        }
        out += MimeEncoding::listField("List-Unsubscribe", targets);
        // RFC 8058: mail clients may unsubscribe with one POST to the https target.
        if (https)
            out += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    }
    out += "MIME-Version: 1.0\r\n";

    const QString text = textBody.isEmpty() && !htmlBody.isEmpty() ? HtmlToText::convert(htmlBody) : textBody;
    QByteArray body = htmlBody.isEmpty()
                          ? textPart("plain", text)
                          : multipart("alternative", {textPart("plain", text), textPart("html", htmlBody)});
    if (!attachments.isEmpty()) {
        QList<QByteArray> parts{body};
        for (const MailAttachment& attachment : attachments)
            parts << attachmentPart(attachment);
        body = multipart("mixed", parts);
    }
    return out + body;
}
