#pragma once

#include "cli/CliCommandSpec.h"

#include <QList>

// All rapport-cli commands. Each area adds its own with a registerXxxCommands(CliRegistry&)
// function, listed once in CliCommands.cpp.
class CliRegistry
{
public:
    void add(CliCommandSpec spec);
    // The command whose path is the longest prefix of `words`, or nullptr.
    const CliCommandSpec* match(const QStringList& words) const;
    const QList<CliCommandSpec>& commands() const { return m_commands; }
    // Every flag any command declares; the parser needs them to know which options take no value.
    QStringList allFlags() const;

private:
    QList<CliCommandSpec> m_commands;
};
