#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/RecordCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
}
