#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/RecordCommands.h"
#include "cli/TicketCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
    registerTicketCommands(registry);
}
