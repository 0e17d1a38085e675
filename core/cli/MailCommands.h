#pragma once

class CliRegistry;

// smtp set / show / trust / test, mail send, list outbox, scheduler run-once / serve.
void registerMailCommands(CliRegistry& registry);
