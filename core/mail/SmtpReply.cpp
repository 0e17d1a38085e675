#include "mail/SmtpReply.h"

#include <QRegularExpression>

QString SmtpReply::text() const
{
    QString result = QString::number(code);
    if (!enhancedCode.isEmpty())
        result += QLatin1Char(' ') + enhancedCode;
    const QString joined = lines.join(QLatin1Char(' ')).simplified();
    if (!joined.isEmpty())
        result += QLatin1Char(' ') + joined;
    return result;
}

bool SmtpReplyParser::takeReply(SmtpReply* reply, bool* malformed)
{
    static const QRegularExpression enhanced(QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s+|$)"));
    constexpr qsizetype kMaxReply = 64 * 1024;
    *malformed = false;
    SmtpReply parsed;
    qsizetype position = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', position);
        if (end < 0) {
            if (m_buffer.size() > kMaxReply)
                *malformed = true;
            return false;
        }
        QByteArray line = m_buffer.mid(position, end - position);
        if (line.endsWith('\r'))
            line.chop(1);
        position = end + 1;
        if (line.size() < 3) {
            *malformed = true;
            return false;
        }
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        const char separator = line.size() > 3 ? line.at(3) : ' ';
        if (!ok || code < 100 || code > 599 || (separator != ' ' && separator != '-') ||
            (parsed.code != 0 && parsed.code != code)) {
            *malformed = true;
            return false;
        }
        parsed.code = code;
        QString text = QString::fromUtf8(line.mid(4));
        // RFC 2034: the enhanced code opens each line of a reply; keep it once.
        const auto match = enhanced.match(text);
        if (match.hasMatch() && match.captured(1).toInt() == code / 100) {
            if (parsed.enhancedCode.isEmpty())
                parsed.enhancedCode = match.captured(0).trimmed();
            text = text.mid(match.capturedLength());
        }
        parsed.lines << text;
        if (separator == ' ')
            break;
    }
    m_buffer.remove(0, position);
    *reply = parsed;
    return true;
}
