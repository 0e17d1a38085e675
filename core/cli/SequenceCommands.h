#pragma once

class CliRegistry;

// sequence add, sequence step add, enrol, enrolment pause|resume|cancel, list sequences,
// list enrolments.
void registerSequenceCommands(CliRegistry& registry);
