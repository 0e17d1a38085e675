#pragma once

class CliRegistry;

// import, export, backup and restore.
void registerDataCommands(CliRegistry& registry);
