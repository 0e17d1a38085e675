#pragma once

#include "mail/MailAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The encodings of RFC 2045/2047/2231/5322 that Rapport's messages need. Everything produced is
// 7-bit ASCII with CRLF line ends, so any SMTP server accepts it without 8BITMIME or SMTPUTF8.
namespace MimeEncoding {
inline constexpr int kMaxEncodedWord = 75; // RFC 2047 §2
inline constexpr int kMaxHeaderLine = 76;  // RFC 2047 §2, for lines holding encoded words

// Printable ASCII (and spaces) only, so a header value can be written as is.
bool isPlainAscii(const QString& text);

// RFC 2047 encoded words for `text` ("=?UTF-8?B?...?=" or "?Q?", whichever is shorter), each at
// most `firstLimit` (the first) or kMaxEncodedWord (the others) characters long. A word never ends
// inside a UTF-8 sequence, nor, when it can be helped, inside a grapheme cluster (Thai vowel and
// tone marks stay with their consonant).
QList<QByteArray> encodedWords(const QString& text, int firstLimit = kMaxEncodedWord);

// "Name: value\r\n", folded: plain ASCII at spaces, anything else as encoded words on lines of at
// most 76 characters.
QByteArray unstructuredField(const QByteArray& name, const QString& value);
// "Name: Display Name <a@b>, …\r\n" with quoted or encoded display names, folded.
QByteArray addressField(const QByteArray& name, const QList<MailAddress>& addresses);
// "Name: item1, item2\r\n", folded between items (List-Unsubscribe).
QByteArray listField(const QByteArray& name, const QList<QByteArray>& items);
// The address as it appears inside angle brackets and in SMTP commands: the domain in its ASCII
// (IDNA) form; a non-ASCII local part stays UTF-8 (it needs SMTPUTF8).
QByteArray encodeAddress(const QString& address);

// Quoted-printable with CRLF line ends and lines of at most 76 characters (soft breaks never split
// an =XX triplet). Input line ends may be LF or CRLF.
QByteArray quotedPrintable(const QByteArray& data);
// Base64 in lines of 76 characters.
QByteArray base64Lines(const QByteArray& data);
// Whether quoted-printable is the smaller encoding for this body (mostly ASCII text).
bool prefersQuotedPrintable(const QByteArray& data);

// RFC 5322 date: "Mon, 24 Nov 2025 15:05:00 +0700", in the zone of `time`, English names.
QByteArray formatDate(const QDateTime& time);
// A parameter such as a file name: `name="value"` when plain ASCII, else RFC 2231
// `name*=UTF-8''percent-encoded`.
QByteArray parameter(const QByteArray& name, const QString& value);
} // namespace MimeEncoding
