#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/DataCommands.h"
#include "cli/RecordCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
    registerDataCommands(registry);
}
