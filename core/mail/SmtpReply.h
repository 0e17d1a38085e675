#pragma once

#include <QString>
#include <QStringList>

// One SMTP reply, possibly multi-line ("250-…" lines then "250 …"), with its RFC 3463 enhanced
// status code when the server gave one.
struct SmtpReply
{
    int code = 0;
    QString enhancedCode; // "5.7.8", or empty
    QStringList lines;    // the text of each line, without the code (nor the enhanced code)

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code <= 399; }
    bool isTemporary() const { return code >= 400 && code <= 499; }
    bool isPermanent() const { return code >= 500 && code <= 599; }
    // As the server said it, on one line: "535 5.7.8 Authentication credentials invalid".
    QString text() const;
};

// Incremental parser: feed it bytes as they arrive, take complete replies out.
class SmtpReplyParser
{
public:
    void append(const QByteArray& bytes) { m_buffer += bytes; }
    // A complete reply if the buffer holds one. `malformed` is set when the data cannot be a reply
    // (not a code, codes that differ between lines, or an endless line).
    bool takeReply(SmtpReply* reply, bool* malformed);
    void clear() { m_buffer.clear(); }
    bool isEmpty() const { return m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
};
