#include "db/MigrationSections.h"

#include <QRegularExpression>
#include <QStringList>

namespace MigrationSections {

QString forDialect(const QString& sql, const QString& dialectName)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*--\\s*(begin|end)\\s+(\\w+)\\s+only\\s*$"));
    QStringList kept;
    QString openSection; // the dialect whose section we are in; empty outside any section
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = marker.match(line);
        if (match.hasMatch()) {
            openSection = match.captured(1) == QLatin1String("begin") ? match.captured(2) : QString();
            continue;
        }
        if (openSection.isEmpty() || openSection == dialectName)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace MigrationSections
