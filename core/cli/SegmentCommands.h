#pragma once

class CliRegistry;

// segment count/members/add/recalculate/duplicate/archive/add-members/remove-members/export and
// `list segments`.
void registerSegmentCommands(CliRegistry& registry);
