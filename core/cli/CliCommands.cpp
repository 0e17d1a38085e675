#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/MailCommands.h"
#include "cli/RecordCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
    registerMailCommands(registry);
}
