#pragma once

class CliRegistry;

// user add / list / set / password: managing who may sign in, without the GUI.
void registerUserCommands(CliRegistry& registry);
