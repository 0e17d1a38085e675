#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/RecordCommands.h"
#include "cli/SequenceCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
    registerSequenceCommands(registry);
}
