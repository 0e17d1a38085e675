#pragma once

class CliRegistry;

// Office mode (a shared PostgreSQL database): migrate a desktop's file into it, set up its roles.
void registerOfficeCommands(CliRegistry& registry);
