#pragma once

#include "common/Result.h"

#include <QMap>
#include <QSet>
#include <QStringList>

// rapport-cli's argument syntax: words, `--name value`, `--name=value` and value-less flags.
// Option names are normalised (leading dashes dropped, '-' → '_'), so --contract-number and
// --contract_number are the same option.
struct CliArguments
{
    QStringList words;               // positional words in order (command path first)
    QMap<QString, QString> options;  // normalised name → value (last one wins)
    QMultiMap<QString, QString> all; // every occurrence, for repeatable options
    QSet<QString> flags;             // normalised names of value-less options given

    // `flagNames` (normalised) are the options that take no value.
    static Result<CliArguments> parse(const QStringList& arguments, const QStringList& flagNames);
};
