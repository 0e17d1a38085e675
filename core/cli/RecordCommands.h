#pragma once

class CliRegistry;

// init, demo, and list/add/set/delete for companies, contacts, contracts and invoices.
void registerRecordCommands(CliRegistry& registry);
