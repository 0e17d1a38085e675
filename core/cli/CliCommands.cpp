#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/RecordCommands.h"
#include "cli/TemplateCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
    registerTemplateCommands(registry);
}
