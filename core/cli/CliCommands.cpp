#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/RecordCommands.h"
#include "cli/SegmentCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
    registerSegmentCommands(registry);
}
