#include "cli/CliRegistry.h"

void CliRegistry::add(CliCommandSpec spec)
{
    m_commands.append(std::move(spec));
}

const CliCommandSpec* CliRegistry::match(const QStringList& words) const
{
    const CliCommandSpec* best = nullptr;
    for (const CliCommandSpec& spec : m_commands) {
        if (spec.path.size() > words.size())
            continue;
        bool matches = true;
        for (int i = 0; i < spec.path.size(); ++i) {
            if (spec.path.at(i) != words.at(i)) {
                matches = false;
                break;
            }
        }
        if (matches && (!best || spec.path.size() > best->path.size()))
            best = &spec;
    }
    return best;
}

QStringList CliRegistry::allFlags() const
{
    QStringList flags;
    for (const CliCommandSpec& spec : m_commands)
        flags << spec.flags;
    flags.removeDuplicates();
    return flags;
}
