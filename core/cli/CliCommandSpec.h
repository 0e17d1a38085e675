#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class CliContext;

// One rapport-cli command. `path` is the command words ({"list"}, {"smtp", "set"}); the
// longest matching path wins, so {"list", "outbox"} can stand beside the generic {"list"}.
// `flags` are the options that take no value (e.g. "dry_run", "internal").
struct CliCommandSpec
{
    QStringList path;
    QString usage;   // e.g. "smtp set --host H --port P …"
    QString summary; // one line, shown by --help
    QStringList flags;
    std::function<int(CliContext&)> handler;
    bool needsDatabase = true;
};
