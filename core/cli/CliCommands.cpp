#include "cli/CliCommands.h"

#include "cli/CliRegistry.h"
#include "cli/DataCommands.h"
#include "cli/MailCommands.h"
#include "cli/OfficeCommands.h"
#include "cli/RecordCommands.h"
#include "cli/SegmentCommands.h"
#include "cli/SequenceCommands.h"
#include "cli/TemplateCommands.h"
#include "cli/TicketCommands.h"
#include "cli/UserCommands.h"

void registerAllCommands(CliRegistry& registry)
{
    registerRecordCommands(registry);
    registerTemplateCommands(registry);
    registerUserCommands(registry);
    registerTicketCommands(registry);
    registerDataCommands(registry);
    registerSequenceCommands(registry);
    registerMailCommands(registry);
    registerSegmentCommands(registry);
    registerOfficeCommands(registry);
}
