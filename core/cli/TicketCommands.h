#pragma once

class CliRegistry;

// add/list/set/delete ticket, and ticket comment|attach|show|stats.
void registerTicketCommands(CliRegistry& registry);
