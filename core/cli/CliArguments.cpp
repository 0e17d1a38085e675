#include "cli/CliArguments.h"

#include "records/FieldValues.h"

#include <QCoreApplication>

Result<CliArguments> CliArguments::parse(const QStringList& arguments, const QStringList& flagNames)
{
    CliArguments parsed;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            parsed.words << arguments.mid(i + 1);
            break;
        }
        if (!argument.startsWith(QLatin1String("--")) || argument.size() == 2) {
            parsed.words << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals > 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasInlineValue = true;
        }
        name = FieldValues::normaliseName(name);
        if (flagNames.contains(name) && !hasInlineValue) {
            parsed.flags.insert(name);
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size())
                return Error::usage(
                    QCoreApplication::translate("CliArguments", "The option --%1 needs a value.").arg(name));
            value = arguments.at(++i);
        }
        parsed.options.insert(name, value);
        parsed.all.insert(name, value);
    }
    return parsed;
}
