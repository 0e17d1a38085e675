#pragma once

class CliRegistry;

// Every area's commands, registered in one place.
void registerAllCommands(CliRegistry& registry);
