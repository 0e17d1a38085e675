#pragma once

class CliRegistry;

// template add / list / render / activate / deactivate, and `list templates`.
void registerTemplateCommands(CliRegistry& registry);
